using System.Net.Http.Json;
using System.Text.Json;

namespace Federation.Security.Tests;

/// <summary>Small steps the security cases share when they set up data through the API.</summary>
public static class Created
{
    /// <summary>The id in a successful answer's body; fails the test with the body otherwise.</summary>
    public static async Task<Guid> Id(Task<HttpResponseMessage> request)
    {
        var response = await request;
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>Claims the next person of a call assignment and logs that they were reached.</summary>
    public static async Task CallReached(HttpClient caller, string api, Guid assignment, string? note = null, bool needsOfficer = false)
    {
        var next = await caller.PostAsync($"{api}/calls/{assignment}/next", null);
        var target = JsonDocument.Parse(await next.Content.ReadAsStringAsync()).RootElement.GetProperty("targetId").GetGuid();
        (await caller.PostAsJsonAsync($"{api}/calls/{assignment}/targets/{target}/outcome", new { outcome = "Reached", note, needsOfficer }))
            .EnsureSuccessStatusCode();
    }
}
