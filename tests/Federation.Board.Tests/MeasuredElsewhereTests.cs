namespace Federation.Board.Tests;

/// <summary>
/// Targets another module measures are read from it, not typed in: invited lecturers' gender and course
/// occasions (studies), media appearances and who is seen in them (communications).
/// </summary>
public sealed class MeasuredElsewhereTests
{
    private static readonly DateTimeOffset MidJune2024 = new(2024, 6, 15, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Lecturers_share_and_media_appearances_come_from_studies_and_communications()
    {
        await using var host = await BoardHost.Start(MidJune2024);
        var board = await host.Board();
        (await board.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        async Task<JsonNode> Target(string text) => PlanJson.Target((await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2024"))!, text);
        ((string)(await Target("40 gånger i lokalmedia"))["progress"]!["source"]!).ShouldBe("measured");
        PlanJson.Done(await Target("40 gånger i lokalmedia")).ShouldBe(0);

        foreach (var (date, women, men) in new[] { ("2024-03-08", 2, 0), ("2024-05-01", 0, 2), ("2023-11-01", 5, 0) })
            (await board.PostAsJsonAsync("/api/associations/solna/communications/media", new
            {
                date, kind = "local", outlet = "Mitt i Solna", title = "Om hyrorna", link = (string?)null, people = "", women, men, nonBinary = 0, notStated = 0,
            })).StatusCode.ShouldBe(HttpStatusCode.Created);
        PlanJson.Done(await Target("40 gånger i lokalmedia")).ShouldBe(2, "this year's appearances, not last year's");
        var seen = await Target("Minst hälften av dem som syns i kommunikationen är kvinnor");
        ((string)seen["progress"]!["source"]!, PlanJson.Done(seen)).ShouldBe(("measured", 50m));

        var course = await board.PostAsJsonAsync("/api/associations/solna/studies/courses",
            new { title = "Antirasistisk handbok", kind = "antiracism", audience = "all-members", description = "Workshop." });
        course.StatusCode.ShouldBe(HttpStatusCode.Created, await course.Content.ReadAsStringAsync());
        var courseId = (await course.Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<Guid>();
        var occasion = await board.PostAsJsonAsync($"/api/associations/solna/studies/courses/{courseId}/occasions", new
        {
            place = "ABF Solna", capacity = 20,
            sessions = new[] { new { start = "2024-09-10T18:00", end = "2024-09-10T21:00" } },
            lecturers = new[] { new { name = "Amina", gender = "woman", invited = true }, new { name = "Bo", gender = "man", invited = true },
                new { name = "Cilla", gender = "woman", invited = true }, new { name = "Egen", gender = "man", invited = false } },
        });
        occasion.StatusCode.ShouldBe(HttpStatusCode.Created, await occasion.Content.ReadAsStringAsync());
        var lecturers = await Target("Minst hälften av de inbjudna föreläsarna är kvinnor");
        ((string)lecturers["progress"]!["source"]!, PlanJson.Done(lecturers)).ShouldBe(("measured", 66.7m), "two of three invited; the own lecturer does not count");
    }
}
