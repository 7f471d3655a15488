using System.Net.Http.Json;

namespace Federation.TestSupport;

/// <summary>The membership API as tests call it.</summary>
public static class MemberApi
{
    /// <summary>Adds a member who joined today (or on <paramref name="joinedOn"/>).</summary>
    public static Task<HttpResponseMessage> AddMember(this HttpClient client, string association, string number, string last = "Andersson", DateOnly? joinedOn = null) =>
        client.PostAsJsonAsync($"/api/associations/{association}/members",
            new { memberNumber = number, firstName = "Test", lastName = last, email = $"{number}@exempel.se", joinedOn = joinedOn ?? DateOnly.FromDateTime(DateTime.Today) });

    /// <summary>Adds a member (as <see cref="AddMember"/>) and returns their id: officials and roles must be real members.</summary>
    public static async Task<Guid> NewMemberId(this HttpClient client, string association, string number, string last = "Andersson", string? gender = null)
    {
        var response = await client.PostAsJsonAsync($"/api/associations/{association}/members", new
        {
            memberNumber = number, firstName = "Test", lastName = last, email = $"{number}@exempel.se", joinedOn = DateOnly.FromDateTime(DateTime.Today), gender,
        });
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Adding member {number}: {(int)response.StatusCode} {text}");
        return System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    public static async Task<int> SuggestionCount(this HttpClient client, string association)
    {
        var page = await client.GetFromJsonAsync<PageOf>($"/api/associations/{association}/studies/suggestions");
        return page!.Total;
    }

    public sealed record PageOf(int Total);
}
