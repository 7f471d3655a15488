namespace Federation.Activities.Tests;

/// <summary>iCalendar feeds, read back with a strict parser.</summary>
public sealed class FeedTests : IAsyncLifetime
{
    private TestHost host = null!;
    private HttpClient solna = null!;

    public async Task InitializeAsync()
    {
        host = await TestHost.Start();
        solna = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private async Task<string> FeedUrl()
    {
        var response = await solna.PostAsync("/api/associations/solna/activity-feeds/association", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<FeedAddress>())!.Url;
    }

    private async Task<ICalendarParser.Component> Read(string url)
    {
        var response = await host.Client().GetAsync(url); // anonymous: the token is the credential
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        return ICalendarParser.Parse(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_location_names_the_area_only_when_it_is_not_the_place_itself()
    {
        await solna.Create("solna", new { type = "square-meeting", title = "Torgmöte", start = "2027-05-04T16:00", end = "2027-05-04T18:00", place = "Torget", area = "torget" });
        await solna.Create("solna", new { type = "leafleting", title = "Flygblad", start = "2027-05-05T16:00", end = "2027-05-05T18:00", place = "Pendeltåget", area = "Centrum" });

        var locations = (await Read(await FeedUrl())).All("VEVENT").ToDictionary(e => ICalendarParser.Text(e["SUMMARY"]), e => ICalendarParser.Text(e["LOCATION"]));
        locations["Torgmöte"].ShouldBe("Torget", "not “Torget, Torget”");
        locations["Flygblad"].ShouldBe("Pendeltåget, Centrum");
    }

    [Fact]
    public async Task The_feed_folds_escapes_names_the_time_zone_and_keeps_uids_across_edits()
    {
        var description = "Vi pratar om hyror, trygghet; och skolan.\nTa med en vän – alla är välkomna! " + string.Concat(Enumerable.Repeat("Åäö ", 30));
        var created = await solna.Create("solna", Calendars.Activity("Medlemsmöte: bostäder, skola", start: "2027-03-28T18:30", end: "2027-03-28T20:30", description: description));
        var url = await FeedUrl();

        var calendar = await Read(url);
        calendar.Name.ShouldBe("VCALENDAR");
        calendar["VERSION"].ShouldBe("2.0");
        calendar.All("VTIMEZONE").Single()["TZID"].ShouldBe("Europe/Stockholm");
        var e = calendar.All("VEVENT").Single();
        e["UID"].ShouldBe($"{created.Id}@activities.federation");
        e.Get("DTSTART").Parameters["TZID"].ShouldBe("Europe/Stockholm");
        e.Get("DTSTART").Value.ShouldBe("20270328T183000", "18:30 local on the day summer time begins");
        e.Get("DTEND").Value.ShouldBe("20270328T203000");
        ICalendarParser.Text(e["SUMMARY"]).ShouldBe("Medlemsmöte: bostäder, skola");
        ICalendarParser.Text(e["DESCRIPTION"]).ShouldBe(description.TrimEnd());
        e["DESCRIPTION"].ShouldContain("\\n", Case.Sensitive, "the newline is escaped");
        (await host.Client().GetStringAsync(url)).ShouldContain("\r\n ", Case.Sensitive, "long lines are folded");
        e["STATUS"].ShouldBe("CONFIRMED");

        var edit = await solna.PutAsJsonAsync($"/api/associations/solna/activities/{created.Id}",
            Calendars.Activity("Medlemsmöte flyttat", start: "2027-03-29T19:00", end: "2027-03-29T21:00"));
        edit.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await solna.PostAsync($"/api/associations/solna/activities/{created.Id}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = (await Read(url)).All("VEVENT").Single();
        after["UID"].ShouldBe(e["UID"]);
        after["STATUS"].ShouldBe("CANCELLED");
        after.Get("DTSTART").Value.ShouldBe("20270329T190000");
    }

    [Fact]
    public async Task Rotating_the_token_retires_the_old_address_and_unknown_tokens_are_404()
    {
        await solna.Create("solna", Calendars.Activity());
        var first = await FeedUrl();
        var second = await FeedUrl();
        second.ShouldNotBe(first);
        (await host.Client().GetAsync(first)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Read(second)).All("VEVENT").Count().ShouldBe(1);
        // Another association's path with Solna's token finds nothing.
        (await host.Client().GetAsync(second.Replace("/solna/", "/sundbyberg/"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_series_is_expanded_into_one_event_per_occurrence_with_stable_uids()
    {
        await solna.CreateSeries("solna", new { rule = "vansterpizza", from = "2027-01-01", until = "2027-06-30" });
        var events = (await Read(await FeedUrl())).All("VEVENT").ToList();
        events.Count.ShouldBe(6);
        events.Select(e => e["UID"]).Distinct().Count().ShouldBe(6);
        events.ShouldAllBe(e => e.Get("DTSTART").Value.EndsWith("T180000"));
        events.ShouldAllBe(e => !e.Properties.Any(p => p.Name == "RRULE"));
    }

    private sealed record FeedAddress(string Url);
}
