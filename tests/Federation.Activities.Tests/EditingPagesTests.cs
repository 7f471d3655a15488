using Federation.Activities.Storage;

namespace Federation.Activities.Tests;

/// <summary>Editing in the web UI: an activity, one occurrence of a series, the series' rule.</summary>
public sealed class EditingPagesTests : IAsyncLifetime
{
    private TestHost host = null!;
    private HttpClient solna = null!;

    public async Task InitializeAsync()
    {
        host = await TestHost.Start();
        solna = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_edit_form_shows_the_activity_refuses_bad_input_and_saves_every_field()
    {
        var created = await solna.Create("solna", Calendars.Activity("Medlemsmöte", start: "2027-03-10T18:30", end: "2027-03-10T20:30"));
        var url = $"/a/solna/activities/{created.Id}/edit";
        var form = await solna.GetStringAsync(url);
        form.ShouldContain("value=\"Medlemsmöte\"");
        form.ShouldContain("2027-03-10T18:30");

        var refused = Forms.Visible(await solna.PostFormText(url, "activity-form", Fields("Medlemsmöte om hyror", "2027-03-10T20:00", "2027-03-10T19:00")));
        refused.ShouldContain("Slutet måste ligga efter starten.");
        (await solna.List("solna")).ShouldHaveSingleItem().Title.ShouldBe("Medlemsmöte");

        var saved = await solna.PostForm(url, "activity-form", [.. Fields("Medlemsmöte om hyror", "2027-03-31T18:00", "2027-03-31T20:00", "public"),
            ("Input.Childcare", "true"), ("Input.KeepSpeakerStatistics", "true"), ("Input.Campaign", "Hyror"), ("Input.Min", "5"), ("Input.Max", "40"),
            ("Input.CoHosts", "sundbyberg"), ("Input.Area", "Hallonbergen")]);
        saved.StatusCode.ShouldBeOneOf(HttpStatusCode.Redirect, HttpStatusCode.Found, HttpStatusCode.SeeOther);
        var edited = (await solna.List("solna")).ShouldHaveSingleItem();
        edited.Title.ShouldBe("Medlemsmöte om hyror");
        edited.Start.ShouldBe(new DateTimeOffset(2027, 3, 31, 18, 0, 0, TimeSpan.FromHours(2)), "after the change to summer time");
        edited.Visibility.ShouldBe("public");
        edited.CoHosts.ShouldBe(["sundbyberg"]);
        edited.MaxParticipants.ShouldBe(40);
        var page = Forms.Visible(await solna.GetStringAsync($"/a/solna/activities/{created.Id}"));
        page.ShouldContain("Kampanj Hyror");
        page.ShouldContain("Barnpassning Ja");
        page.ShouldContain("Talarstatistik Förs");
    }

    [Fact]
    public async Task One_occurrence_is_moved_on_its_page_and_a_changed_rule_leaves_it_alone()
    {
        // Seed 001: the 15th's member activity varies "på olika veckodagar, tider och platser".
        var series = await solna.CreateSeries("solna", new { rule = "monthly-day", dayOfMonth = 15, from = "2027-01-01", until = "2027-06-30",
            type = "member-meeting", title = "Medlemsträff", startTime = "18:00", durationMinutes = 120, place = "ABF" });
        series.Occurrences.ShouldBe(6);
        var march = (await solna.List("solna")).Single(o => o.Date == new DateOnly(2027, 3, 15));

        var edit = await solna.GetStringAsync($"/a/solna/activities/{march.Id}/edit");
        edit.ShouldContain("ett tillfälle i en återkommande serie");
        (await solna.GetStringAsync($"/a/solna/activities/{march.Id}")).ShouldContain("Ändra hela serien");
        var moved = await solna.PostForm($"/a/solna/activities/{march.Id}/edit", "activity-form",
            [.. Fields("Medlemsträff på Folkets hus", "2027-03-17T19:00", "2027-03-17T21:00"), ("Input.Place", "Folkets hus")]);
        moved.StatusCode.ShouldBeOneOf(HttpStatusCode.Redirect, HttpStatusCode.Found, HttpStatusCode.SeeOther);

        // The rule's time changes on the series page: every other occurrence follows, the moved one stays.
        var seriesUrl = $"/a/solna/activities/series/{series.Id}/edit";
        (await solna.GetStringAsync(seriesUrl)).ShouldContain("value=\"Medlemsträff\"");
        var saved = Forms.Visible(await solna.PostFormText(seriesUrl, "series-form", ("Input.Rule", "monthly-day"), ("Input.DayOfMonth", "15"),
            ("Input.From", "2027-01-01"), ("Input.Until", "2027-06-30"), ("Input.Type", "member-meeting"), ("Input.Title", "Medlemsträff"),
            ("Input.StartTime", "18:30"), ("Input.DurationMinutes", "120"), ("Input.Place", "ABF"), ("Input.Visibility", "members")));
        saved.ShouldContain("Serien är sparad: 6 tillfällen.");

        var all = await solna.List("solna");
        all.Count.ShouldBe(6);
        var kept = all.Single(o => o.Id == march.Id);
        kept.Date.ShouldBe(new DateOnly(2027, 3, 17));
        kept.Start.Hour.ShouldBe(19);
        kept.Place.ShouldBe("Folkets hus");
        kept.EditedByHand.ShouldBeTrue();
        all.Where(o => o.Id != march.Id).ShouldAllBe(o => o.Start.Hour == 18 && o.Start.Minute == 30 && o.Date.Day == 15 && o.SeriesId == series.Id);
    }

    [Fact]
    public async Task A_single_occurrence_is_cancelled_on_its_page_without_breaking_the_series()
    {
        var series = await solna.CreateSeries("solna", new { rule = "vansterpizza", from = "2027-01-01", until = "2027-04-30" });
        var february = (await solna.List("solna")).Single(o => o.Date.Month == 2);
        (await solna.PostFormText($"/a/solna/activities/{february.Id}", "cancel-activity")).ShouldContain("Aktiviteten är inställd.");
        var all = await solna.List("solna");
        all.Count.ShouldBe(4);
        all.Single(o => o.Id == february.Id).Cancelled.ShouldBeTrue();
        all.Where(o => o.Id != february.Id).ShouldAllBe(o => !o.Cancelled && o.SeriesId == series.Id);
    }

    [Fact]
    public async Task A_series_is_created_on_the_series_page_and_bad_input_is_named()
    {
        (await solna.GetStringAsync("/a/solna/activities/series")).ShouldContain("Inga återkommande aktiviteter än.");
        var refused = Forms.Visible(await solna.PostFormText("/a/solna/activities/series/new", "series-form",
            ("Input.Rule", "weekly"), ("Input.From", "2027-01-01"), ("Input.Until", "2026-01-01"), ("Input.Type", "phone-bank"), ("Input.Title", "Ringkväll"),
            ("Input.StartTime", "18:00"), ("Input.DurationMinutes", "90")));
        refused.ShouldContain("En veckoserie behöver en veckodag.");
        refused.ShouldContain("Sista datumet ligger före det första.");
        (await solna.List("solna")).ShouldBeEmpty();

        var saved = Forms.Visible(await solna.PostFormText("/a/solna/activities/series/new", "series-form",
            ("Input.Rule", "vansterpizza"), ("Input.From", "2027-01-01"), ("Input.Until", "2027-12-31")));
        saved.ShouldContain("Serien är sparad: 12 tillfällen.");
        Forms.Visible(await solna.GetStringAsync("/a/solna/activities/series")).ShouldContain("Vänsterpizza");
    }

    private static (string, string)[] Fields(string title, string start, string end, string visibility = "members") =>
        [("Input.Type", "member-meeting"), ("Input.Title", title), ("Input.Start", start), ("Input.End", end), ("Input.Visibility", visibility)];
}
