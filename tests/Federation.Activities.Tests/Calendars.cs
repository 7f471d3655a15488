using System.Text.Json;
using System.Text.Json.Serialization;

namespace Federation.Activities.Tests;

/// <summary>The activities API as tests call it.</summary>
internal static class Calendars
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static object Activity(string title = "Medlemsmöte", string type = "member-meeting", string start = "2027-02-10T18:30", string end = "2027-02-10T20:30",
        int? min = null, int? max = null, string? area = null, bool districtWide = false, string[]? coHosts = null, string? description = null) =>
        new { type, title, description, start, end, place = "ABF", area, minParticipants = min, maxParticipants = max, districtWide, coHosts };

    public static async Task<Occurrence> Create(this HttpClient client, string association, object activity)
    {
        var response = await client.PostAsJsonAsync($"/api/associations/{association}/activities", activity);
        (await response.Content.ReadAsStringAsync()).ShouldNotBeNull();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Occurrence>(Json))!;
    }

    public static async Task<List<Occurrence>> List(this HttpClient client, string association, string from = "2026-01-01", string to = "2028-12-31", string? type = null)
    {
        var url = $"/api/associations/{association}/activities?from={from}&to={to}&pageSize=200" + (type is null ? "" : $"&type={type}");
        var page = await client.GetFromJsonAsync<PageOf<Occurrence>>(url, Json);
        return page!.Items;
    }

    public static async Task<SeriesCreated> CreateSeries(this HttpClient client, string association, object series)
    {
        var response = await client.PostAsJsonAsync($"/api/associations/{association}/activity-series", series, Json);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<SeriesCreated>(Json))!;
    }

    public static async Task<string> Problems(this HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        return await response.Content.ReadAsStringAsync();
    }
}

internal sealed record PageOf<T>(List<T> Items, int Total);

internal sealed record SeriesCreated(Guid Id, string Rule, string Title, int Occurrences);

internal sealed record Occurrence(
    Guid Id, Guid CalendarId, string Type, string Title, string? Description, DateTimeOffset Start, DateTimeOffset End, DateOnly Date,
    string? Place, string? Area, bool InPriorityArea, int? MaxParticipants, string Visibility, List<string> CoHosts, bool DistrictWide,
    string? HostAssociationId, Guid? SeriesId, bool EditedByHand, bool Cancelled, bool Held, int Confirmed, int Waiting);
