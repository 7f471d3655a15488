using Federation.Board.Domain;

namespace Federation.Board.Tests;

/// <summary>The arithmetic of the speaker statistics (talarstatistik).</summary>
public sealed class SpeakerStatisticsTests
{
    private static readonly DateTime T0 = new(2024, 3, 12, 18, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Anna = Guid.NewGuid(), Bo = Guid.NewGuid();

    [Fact]
    public void Counts_speakers_contributions_and_time_by_gender_including_guests_not_stated_and_zero_time()
    {
        Contribution[] list =
        [
            Spoke(Anna, "Anna", "woman", 120),
            Spoke(Anna, "Anna", "woman", 60, Contribution.Reply),
            Spoke(Bo, "Bo", "man", 240),
            Spoke(null, "Gäst Gunilla", "woman", 90),                 // a guest, by name
            Spoke(null, "gäst gunilla ", "woman", 30),                // the same guest again
            Spoke(null, "Kim", "non-binary", 0, Contribution.PointOfOrder), // zero seconds still counts as a contribution
            Spoke(null, "Okänd", "not-stated", 60),
            new() { MemberId = Bo, Name = "Bo", Gender = "man" },    // still waiting: not counted
        ];
        var members = new Dictionary<string, int> { ["woman"] = 30, ["man"] = 15, ["non-binary"] = 3, ["not-stated"] = 2 };

        var stats = SpeakerStatistics.Of(list, members);

        (stats.Speakers, stats.Contributions, stats.Seconds).ShouldBe((5, 7, 600));
        var women = stats.Line("woman");
        (women.Speakers, women.Contributions, women.Seconds).ShouldBe((2, 4, 300));
        (women.ShareOfSpeakers, women.ShareOfTime, women.ShareOfMembers).ShouldBe((40m, 50m, 60m));
        var men = stats.Line("man");
        (men.Speakers, men.Contributions, men.Seconds, men.ShareOfTime, men.ShareOfMembers).ShouldBe((1, 1, 240, 40m, 30m));
        var nonBinary = stats.Line("non-binary");
        (nonBinary.Contributions, nonBinary.Seconds, nonBinary.ShareOfTime).ShouldBe((1, 0, 0m));
        var notStated = stats.Line("not-stated");
        (notStated.Speakers, notStated.ShareOfTime, notStated.ShareOfMembers).ShouldBe((1, 10m, 4m));
        stats.Lines.Sum(l => l.ShareOfTime!.Value).ShouldBe(100m);
    }

    [Fact]
    public void Shares_are_absent_when_nobody_has_spoken_for_any_time_or_there_is_no_member_register()
    {
        var stats = SpeakerStatistics.Of([Spoke(Anna, "Anna", "woman", 0)], membersByGender: null);

        (stats.Speakers, stats.Contributions, stats.Seconds).ShouldBe((1, 1, 0));
        stats.Line("woman").ShareOfSpeakers.ShouldBe(100m);
        stats.Line("woman").ShareOfTime.ShouldBeNull();
        stats.Line("woman").ShareOfMembers.ShouldBeNull();
    }

    [Fact]
    public void The_chart_draws_one_row_per_gender_with_the_shares_of_time_and_of_those_present()
    {
        var svg = SpeakerChart.Svg(SpeakerStatistics.Of([Spoke(Anna, "Anna", "woman", 30), Spoke(Bo, "Bo", "man", 90)],
            membersByGender: new Dictionary<string, int> { ["woman"] = 9, ["man"] = 1 },
            presentByGender: new Dictionary<string, int> { ["woman"] = 2, ["man"] = 3 }));

        svg.ShouldStartWith("<svg");
        svg.ShouldContain(">25 %<");
        svg.ShouldContain(">75 %<");
        svg.ShouldContain(">40 %<", customMessage: "the women's share of those present");
        svg.ShouldContain(">60 %<");
        svg.ShouldNotContain(">90 %<", customMessage: "the members are not what the speakers are compared with");
        System.Text.RegularExpressions.Regex.Matches(svg, "<rect").Count.ShouldBe(8);
    }

    [Fact]
    public void The_chart_writes_shares_with_a_Swedish_decimal_comma_like_the_table()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("sv-SE");
        try
        {
            var svg = SpeakerChart.Svg(SpeakerStatistics.Of([Spoke(Anna, "Anna", "woman", 30), Spoke(Bo, "Bo", "man", 90)],
                membersByGender: null, presentByGender: new Dictionary<string, int> { ["woman"] = 1, ["man"] = 2 }));

            svg.ShouldContain(">33,3 %<");
            svg.ShouldContain(">66,7 %<");
            svg.ShouldNotContain("33.3");
        }
        finally { System.Globalization.CultureInfo.CurrentCulture = before; }
    }

    private static int counter;

    private static Contribution Spoke(Guid? member, string name, string gender, int seconds, string type = Contribution.Speech)
    {
        var start = T0.AddMinutes(++counter * 10);
        return new Contribution
        {
            Id = Guid.NewGuid(), MemberId = member, Name = name, Gender = gender, Type = type, Number = counter,
            StartedAt = start, StoppedAt = start.AddSeconds(seconds), Seconds = seconds,
        };
    }
}

/// <summary>The speaker list kept through the API during a meeting, timed by the clock.</summary>
public sealed class SpeakerListTests
{
    [Fact]
    public async Task Start_stop_and_next_time_the_contributions_and_points_of_order_jump_the_queue()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 4, 17, 18, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        var meeting = await MinutesTests.Create(board, "2024-04-17");
        var api = $"/api/associations/solna/meetings/{meeting}/speakers";
        await MinutesTests.Post(board, api, new { name = "Anna", gender = "woman" });
        await MinutesTests.Post(board, api, new { name = "Bo", gender = "man" });
        var bad = await board.PostAsJsonAsync(api, new { name = "Cia", gender = "female" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("gender");

        (await board.PostAsync($"{api}/start", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        host.Clock.Advance(TimeSpan.FromSeconds(90));
        await MinutesTests.Post(board, api, new { name = "Kim", gender = "non-binary", type = "point-of-order" });
        var next = (await (await board.PostAsync($"{api}/next", null)).Content.ReadFromJsonAsync<JsonNode>())!;
        ((string)next["name"]!).ShouldBe("Kim", "a point of order goes before the waiting speeches");
        host.Clock.Advance(TimeSpan.FromSeconds(20));
        await board.PostAsync($"{api}/next", null);
        host.Clock.Advance(TimeSpan.FromSeconds(30));
        await board.PostAsync($"{api}/stop", null);
        (await board.PostAsync($"{api}/stop", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var stats = (await board.GetFromJsonAsync<JsonNode>($"/api/associations/solna/meetings/{meeting}/statistics"))!;
        ((int)stats["seconds"]!, (int)stats["contributions"]!).ShouldBe((140, 3));
        var women = stats["lines"]!.AsArray().Single(l => (string)l!["gender"]! == "woman")!;
        ((int)women["seconds"]!, (decimal)women["shareOfTime"]!).ShouldBe((90, 64.3m));
    }
}
