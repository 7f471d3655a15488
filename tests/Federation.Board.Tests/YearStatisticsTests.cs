namespace Federation.Board.Tests;

/// <summary>The year's speaker statistics: against those present at the year's meetings with a speaker list, judged by the band.</summary>
public sealed class YearStatisticsTests
{
    private const string Api = "/api/associations/solna";

    private static Task<BoardHost> Start() => BoardHost.Start(new DateTimeOffset(2026, 6, 10, 18, 0, 0, TimeSpan.Zero));

    /// <summary>Puts a guest on the meeting's list and gives them the floor for <paramref name="seconds"/> by the host's clock.</summary>
    private static async Task Speech(BoardHost host, HttpClient board, string meeting, string name, string gender, int seconds)
    {
        await MinutesTests.Post(board, $"{Api}/meetings/{meeting}/speakers", new { name, gender });
        (await board.PostAsync($"{Api}/meetings/{meeting}/speakers/start", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        host.Clock.Advance(TimeSpan.FromSeconds(seconds));
        (await board.PostAsync($"{Api}/meetings/{meeting}/speakers/stop", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_year_compares_the_speakers_with_those_present_summed_over_its_meetings_with_a_speaker_list_and_says_whether_it_is_even()
    {
        await using var host = await Start();
        var board = await host.Board();
        async Task<string> Meeting(string date, (string Name, string Gender)[] present, params (string Name, string Gender, int Seconds)[] speeches)
        {
            var meeting = await MinutesTests.Create(board, date);
            foreach (var (name, gender) in present) await MinutesTests.Post(board, $"{Api}/meetings/{meeting}/attendees", new { name, gender });
            foreach (var (name, gender, seconds) in speeches) await Speech(host, board, meeting, name, gender, seconds);
            return meeting;
        }

        await Meeting("2026-03-10", [("Anna", "woman"), ("Cia", "woman"), ("Eva", "woman"), ("Bo", "man")], ("Anna", "woman", 150), ("Bo", "man", 60));
        await Meeting("2026-05-12", [("Anna", "woman"), ("Bo", "man"), ("Dan", "man"), ("Gus", "man")], ("Bo", "man", 60), ("Dan", "man", 60));
        await Meeting("2026-02-01", [], ("Gäst Ola", "not-stated", 30));  // no attendance taken: its speech counts, nobody present
        // Attendance at a meeting where nobody held the floor, and at last year's meeting, is not the room the year's speeches were held in.
        var quiet = await Meeting("2026-04-01", [.. Enumerable.Range(1, 10).Select(i => ($"Kvinna {i}", "woman"))]);
        await MinutesTests.Post(board, $"{Api}/meetings/{quiet}/speakers", new { name = "Cia", gender = "woman" }); // waits, never speaks
        await Meeting("2025-12-31", [.. Enumerable.Range(1, 5).Select(i => ($"Man {i}", "man"))], ("Anna", "woman", 500));

        var year = (await board.GetFromJsonAsync<JsonNode>($"{Api}/speaker-statistics/2026"))!;
        ((int)year["meetingsWithStatistics"]!, (int)year["meetingsWithAttendance"]!).ShouldBe((3, 2));
        ((int)year["statistics"]!["speakers"]!, (int)year["statistics"]!["contributions"]!, (int)year["statistics"]!["seconds"]!).ShouldBe((4, 5, 360));
        JsonNode Line(string gender) => year["statistics"]!["lines"]!.AsArray().Single(l => (string)l!["gender"]! == gender)!;
        ((decimal)Line("woman")["shareOfSpeakers"]!, (decimal)Line("woman")["shareOfTime"]!, (decimal)Line("woman")["shareOfPresent"]!).ShouldBe((25m, 41.7m, 50m));
        ((decimal)Line("man")["shareOfPresent"]!, (decimal)Line("not-stated")["shareOfPresent"]!).ShouldBe((50m, 0m));
        ((decimal)year["band"]!["lowestWomenShare"]!, (decimal)year["band"]!["highestWomenShare"]!).ShouldBe((40m, 60m));
        ((bool)year["evenSpeakers"]!, (bool)year["evenTime"]!).ShouldBe((false, true), "a quarter of the speakers are women, 41.7 % of the time");

        var page = await board.Page("/a/solna/meetings?year=2026");
        page.ShouldContain("Andel av de närvarande");
        page.ShouldNotContain("Andel av medlemmarna");
        page.ShouldContain("Möten med talarlista: 3, varav 2 med närvaron i protokollet.");
        page.ShouldContain("<td>Kvinnor</td><td>1</td><td>1</td><td>2:30</td><td>25 %</td><td>41,7 %</td><td>50 %</td>");
        page.ShouldContain("Jämn fördelning är 40–60 % kvinnor.");
        page.ShouldContain("<strong class=\"even-speakers\">ojämn</strong>");
        page.ShouldContain("<strong class=\"even-time\">jämn</strong>");

        var report = (string)(await board.GetFromJsonAsync<JsonNode>($"{Api}/plans/2026/report"))!["text"]!;
        report.ShouldContain("Kvinnor: 1 talare, 1 inlägg, 41,7 % av talartiden (50 % av de närvarande)");
        report.ShouldContain("Jämn fördelning (40–60 % kvinnor): talare ojämn, talartid jämn.");
    }

    [Fact]
    public async Task A_year_whose_meetings_took_no_attendance_says_so_instead_of_comparing_with_the_members()
    {
        await using var host = await Start();
        var board = await host.Board();
        await Speech(host, board, await MinutesTests.Create(board, "2026-03-10"), "Anna", "woman", 45);

        var year = (await board.GetFromJsonAsync<JsonNode>($"{Api}/speaker-statistics/2026"))!;
        ((int)year["meetingsWithStatistics"]!, (int)year["meetingsWithAttendance"]!).ShouldBe((1, 0));
        year["statistics"]!["lines"]!.AsArray().ShouldAllBe(l => l!["shareOfPresent"] == null);
        ((bool)year["evenSpeakers"]!, (bool)year["evenTime"]!).ShouldBe((false, false), "all speakers and all time were women's");

        var page = await board.Page("/a/solna/meetings?year=2026");
        page.ShouldContain("Inget av dem har närvaron i protokollet, så andelen av de närvarande saknas");
        page.ShouldContain("<td>Kvinnor</td><td>1</td><td>1</td><td>0:45</td><td>100 %</td><td>100 %</td><td>–</td>");
    }

    [Fact]
    public async Task The_forms_that_record_a_gender_for_the_statistics_start_at_not_stated_so_an_untouched_form_counts_nobody_as_a_woman()
    {
        await using var host = await Start();
        var board = await host.Board();
        var meeting = await MinutesTests.Create(board, "2026-06-10");
        var code = await LiveSpeakerListTests.Code(board, meeting);
        using var phone = host.Host.Client();

        foreach (var html in new[]
        {
            await board.Page($"/a/solna/meetings/{meeting}/minutes"), await board.Page($"/a/solna/meetings/{meeting}"), await phone.Page($"/a/solna/talarlista/{code}"),
        })
        {
            html.ShouldMatch("<option value=\"not-stated\" selected");
            html.ShouldNotMatch("<option value=\"woman\" selected");
        }
    }
}
