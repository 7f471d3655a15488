namespace Federation.Activities.Tests;

/// <summary>Recurring series from the associations' plugin rules and the built-in patterns.</summary>
public sealed class SeriesTests : IAsyncLifetime
{
    private TestHost host = null!;
    private HttpClient alvsjo = null!;
    private HttpClient solna = null!;

    public async Task InitializeAsync()
    {
        host = await TestHost.Start();
        alvsjo = host.Client(await host.TokenFor("styrelse@alvsjo.test", "alvsjo-hagersten", "board"));
        solna = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_15th_rule_crosses_the_year_keeps_weekend_15ths_and_skips_the_summer_break()
    {
        var created = await alvsjo.CreateSeries("alvsjo-hagersten", new { rule = "member-activity-15th", from = "2027-11-01", until = "2028-10-31", place = "Älvsjö bibliotek" });

        var dates = (await alvsjo.List("alvsjo-hagersten")).Where(o => o.SeriesId == created.Id).Select(o => o.Date).ToList();
        dates.ShouldBe(new[] { "2027-11-15", "2027-12-15", "2028-01-15", "2028-02-15", "2028-03-15", "2028-04-15", "2028-05-15", "2028-06-15", "2028-09-15", "2028-10-15" }
            .Select(DateOnly.Parse).ToList());
        created.Occurrences.ShouldBe(10);
        // 2028-01-15 is a Saturday and 2028-04-15 a Saturday: the date stays the 15th ("på olika veckodagar").
        new DateOnly(2028, 1, 15).DayOfWeek.ShouldBe(DayOfWeek.Saturday);
    }

    [Fact]
    public async Task Solnas_rules_give_the_last_thursday_and_a_saturday_each_month_and_other_associations_do_not_have_them()
    {
        await solna.CreateSeries("solna", new { rule = "vansterpizza", from = "2027-01-01", until = "2027-12-31" });
        await solna.CreateSeries("solna", new { rule = "red-saturday", from = "2027-01-01", until = "2027-12-31" });

        var all = await solna.List("solna", "2027-01-01", "2027-12-31");
        var pizza = all.Where(o => o.Title == "Vänsterpizza").Select(o => o.Date).ToList();
        pizza.Count.ShouldBe(12);
        pizza.ShouldAllBe(d => d.DayOfWeek == DayOfWeek.Thursday && d.AddDays(7).Month != d.Month);
        pizza.ShouldContain(new DateOnly(2027, 12, 30));
        var red = all.Where(o => o.Title == "Röd lördag").ToList();
        red.Count.ShouldBe(12);
        red.ShouldAllBe(o => o.Date.DayOfWeek == DayOfWeek.Saturday && o.Type == "campaign-event");

        var response = await alvsjo.PostAsJsonAsync("/api/associations/alvsjo-hagersten/activity-series", new { rule = "vansterpizza", from = "2027-01-01", until = "2027-12-31" });
        (await response.Problems()).ShouldContain("Okänd regel ”vansterpizza”");
    }

    [Fact]
    public async Task A_weekly_occurrence_at_18_30_stays_18_30_local_across_both_dst_changes()
    {
        await alvsjo.CreateSeries("alvsjo-hagersten", new
        {
            rule = "weekly", weekday = "Sunday", type = "study-evening", title = "Studiecirkel", startTime = "18:30", durationMinutes = 90,
            from = "2027-03-21", until = "2027-11-07",
        });
        var list = await alvsjo.List("alvsjo-hagersten", "2027-03-01", "2027-12-31");
        var before = list.Single(o => o.Date == new DateOnly(2027, 3, 21));
        var after = list.Single(o => o.Date == new DateOnly(2027, 3, 28)); // the last Sunday of March: summer time begins
        var autumn = list.Single(o => o.Date == new DateOnly(2027, 10, 31)); // the last Sunday of October: it ends
        before.Start.Offset.ShouldBe(TimeSpan.FromHours(1));
        after.Start.Offset.ShouldBe(TimeSpan.FromHours(2));
        autumn.Start.Offset.ShouldBe(TimeSpan.FromHours(1));
        foreach (var o in new[] { before, after, autumn })
        {
            o.Start.TimeOfDay.ShouldBe(new TimeSpan(18, 30, 0));
            (o.End - o.Start).ShouldBe(TimeSpan.FromMinutes(90));
        }
        after.Start.UtcDateTime.Hour.ShouldBe(16);
        before.Start.UtcDateTime.Hour.ShouldBe(17);
    }

    [Fact]
    public async Task The_nth_and_last_weekday_patterns_skip_months_without_a_fifth()
    {
        await solna.CreateSeries("solna", new { rule = "monthly-weekday", weekday = "Tuesday", ordinal = 5, type = "board-meeting", title = "Femte tisdagen", startTime = "19:00", durationMinutes = 60, from = "2027-01-01", until = "2027-06-30" });
        var dates = (await solna.List("solna", "2027-01-01", "2027-06-30")).Where(o => o.Title == "Femte tisdagen").Select(o => o.Date).ToList();
        dates.ShouldBe([new DateOnly(2027, 3, 30), new DateOnly(2027, 6, 29)]);
    }

    [Fact]
    public async Task Single_occurrences_move_and_cancel_and_a_changed_rule_regenerates_only_the_unedited_ones()
    {
        var series = await alvsjo.CreateSeries("alvsjo-hagersten", new { rule = "member-activity-15th", from = "2027-01-01", until = "2027-06-30", place = "Älvsjö bibliotek" });
        var list = (await alvsjo.List("alvsjo-hagersten", "2027-01-01", "2027-06-30")).Where(o => o.SeriesId == series.Id).ToList();
        var february = list.Single(o => o.Date.Month == 2);
        var march = list.Single(o => o.Date.Month == 3);

        // February moves to the 16th at 19:00 in Fruängen; March is cancelled.
        var moved = await alvsjo.PutAsJsonAsync($"/api/associations/alvsjo-hagersten/activities/{february.Id}",
            Calendars.Activity("Medlemsaktivitet den 15:e", start: "2027-02-16T19:00", end: "2027-02-16T21:00", area: "Fruängen"));
        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        (await alvsjo.PostAsync($"/api/associations/alvsjo-hagersten/activities/{march.Id}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The rule changes: a new start time and place for the whole series.
        var changed = await alvsjo.PutAsJsonAsync($"/api/associations/alvsjo-hagersten/activity-series/{series.Id}",
            new { rule = "member-activity-15th", from = "2027-01-01", until = "2027-06-30", place = "Hägerstensåsens medborgarhus", startTime = "18:00" });
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());

        var after = (await alvsjo.List("alvsjo-hagersten", "2027-01-01", "2027-06-30")).Where(o => o.SeriesId == series.Id).ToList();
        after.Count.ShouldBe(6);
        var feb = after.Single(o => o.Id == february.Id);
        feb.Date.ShouldBe(new DateOnly(2027, 2, 16));
        feb.Start.TimeOfDay.ShouldBe(new TimeSpan(19, 0, 0));
        feb.InPriorityArea.ShouldBeTrue("Fruängen is one of Älvsjö-Hägersten's priority areas");
        feb.EditedByHand.ShouldBeTrue();
        after.Single(o => o.Id == march.Id).Cancelled.ShouldBeTrue();
        var others = after.Where(o => o.Id != february.Id && o.Id != march.Id).ToList();
        others.Count.ShouldBe(4);
        others.ShouldAllBe(o => o.Place == "Hägerstensåsens medborgarhus" && o.Start.Hour == 18 && !o.Cancelled);
        others.Select(o => o.Id).ShouldBeSubsetOf(list.Select(o => o.Id), "unedited occurrences keep their ids (and calendar UIDs)");
    }

    [Fact]
    public async Task A_changed_rule_leaves_past_occurrences_as_they_were()
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        var (from, until) = (new DateOnly(today.Year, today.Month, 1).AddMonths(-4), today.AddMonths(4));
        var series = await alvsjo.CreateSeries("alvsjo-hagersten", new { rule = "member-activity-15th", from, until });
        var changed = await alvsjo.PutAsJsonAsync($"/api/associations/alvsjo-hagersten/activity-series/{series.Id}",
            new { rule = "member-activity-15th", from, until, startTime = "17:00" });
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);

        var all = (await alvsjo.List("alvsjo-hagersten", $"{from:yyyy-MM-dd}", $"{until:yyyy-MM-dd}")).Where(o => o.SeriesId == series.Id).ToList();
        all.Where(o => o.Date < today).ShouldNotBeEmpty();
        all.Where(o => o.Date < today).ShouldAllBe(o => o.Start.Hour == 18 && o.Start.Minute == 30);
        all.Where(o => o.Date >= today).ShouldAllBe(o => o.Start.Hour == 17);
    }

    [Fact]
    public async Task A_series_with_bad_input_names_each_problem_and_stores_nothing()
    {
        var response = await solna.PostAsJsonAsync("/api/associations/solna/activity-series",
            new { rule = "monthly-day", from = "2027-06-01", until = "2027-01-01", type = "party", title = "X", startTime = "18:00", durationMinutes = 60 });
        var problems = await response.Problems();
        problems.ShouldContain("Sista datumet ligger före det första.");
        problems.ShouldContain("Okänd aktivitetstyp ”party”.");
        problems.ShouldContain("behöver en dag i månaden");
        (await solna.List("solna")).ShouldBeEmpty();
    }
}
