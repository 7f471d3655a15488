using Federation.Activities.Contracts;
using System.Text.RegularExpressions;
using Federation.Activities.Storage;

namespace Federation.Activities.Tests;

/// <summary>The board's pages for elected officials, priority areas and calendar subscriptions; booking and correcting attendance.</summary>
public sealed class FollowUpPagesTests : IAsyncLifetime
{
    private TestHost host = null!;
    private HttpClient solna = null!;

    public async Task InitializeAsync()
    {
        host = await TestHost.Start();
        solna = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private async Task<Guid> Member(string number, string last)
    {
        var response = await solna.AddMember("solna", number, last);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Created>())!.Id;
    }

    [Fact]
    public async Task The_board_finds_a_member_adds_them_to_its_one_list_of_officials_which_activities_follows_and_removes_them()
    {
        var id = await Member("5101", "Ledamotsson");
        (await solna.GetStringAsync("/a/solna/board/officials")).ShouldContain("Inga förtroendevalda registrerade.");
        var found = await solna.GetStringAsync("/a/solna/board/officials?q=5101");
        found.ShouldContain("Ledamotsson");

        var added = Forms.Visible(await solna.PostFormText("/a/solna/board/officials?q=5101", "add-official", ("member", id.ToString())));
        added.ShouldContain("Tillagd.");
        (await solna.GetStringAsync("/api/associations/solna/board")).ShouldContain(id.ToString(), customMessage: "the board's one list");
        // Solna 2024's per-person targets: the new official is behind from the start of the period.
        Forms.Visible(await solna.GetStringAsync("/a/solna/activities/follow-up")).ShouldContain("Ledamotsson");

        var removed = Forms.Visible(await solna.PostFormText("/a/solna/board/officials", "remove-official", ("member", id.ToString())));
        removed.ShouldContain("Borttagen.");
        removed.ShouldContain("Inga förtroendevalda registrerade.");
        (await solna.GetStringAsync("/a/solna/board/officials?q=nobody-at-all")).ShouldContain("Ingen medlem matchar");
        var member = host.Client(await host.TokenFor("medlem@solna.test", "solna", "member"));
        (await member.GetAsync("/a/solna/board/officials")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Priority_areas_with_postal_codes_are_entered_checked_edited_and_removed()
    {
        var page = Forms.Visible(await solna.GetStringAsync("/a/solna/activities/priority-areas"));
        page.ShouldContain("Inga egna prioriterade områden än.");

        var refused = Forms.Visible(await solna.PostFormText("/a/solna/activities/priority-areas", "save-area",
            ("Input.Name", "Hallonbergen"), ("Input.PostalCodes", "174 50, 12A")));
        refused.ShouldContain("”12A” är inget postnummer");
        (await solna.GetFromJsonAsync<List<string>>("/api/associations/solna/activity-priority-areas"))!.ShouldBeEmpty();

        var saved = Forms.Visible(await solna.PostFormText("/a/solna/activities/priority-areas", "save-area",
            ("Input.Name", "Hallonbergen"), ("Input.PostalCodes", "174 50, 17451")));
        saved.ShouldContain("Hallonbergen 174 50, 174 51");
        (await solna.Create("solna", Calendars.Activity("Dörrknackning", "door-knocking", area: "174 51"))).InPriorityArea.ShouldBeTrue();
        (await solna.Create("solna", Calendars.Activity("Dörrknackning", "door-knocking", area: "171 50"))).InPriorityArea.ShouldBeFalse();

        var duplicate = Forms.Visible(await solna.PostFormText("/a/solna/activities/priority-areas", "save-area", ("Input.Name", "hallonbergen")));
        duplicate.ShouldContain("Det finns redan ett prioriterat område som heter ”hallonbergen”.");

        var area = (await solna.GetFromJsonAsync<List<Area>>("/api/associations/solna/activity-priority-areas/entered"))!.ShouldHaveSingleItem();
        (await solna.GetStringAsync($"/a/solna/activities/priority-areas?edit={area.Id}")).ShouldContain("value=\"174 50, 174 51\"");
        Forms.Visible(await solna.PostFormText($"/a/solna/activities/priority-areas?edit={area.Id}", "save-area",
            ("Input.Id", area.Id.ToString()), ("Input.Name", "Hallonbergen C"), ("Input.PostalCodes", "17450"))).ShouldContain("Hallonbergen C 174 50");

        var removed = Forms.Visible(await solna.PostFormText("/a/solna/activities/priority-areas", "remove-area", ("area", area.Id.ToString())));
        removed.ShouldContain("Området är borttaget.");
        removed.ShouldContain("Inga egna prioriterade områden än.");
    }

    [Fact]
    public async Task The_plugins_areas_are_shown_as_defaults()
    {
        var alvsjo = host.Client(await host.TokenFor("styrelse@alvsjo.test", "alvsjo-hagersten", "board"));
        Forms.Visible(await alvsjo.GetStringAsync("/a/alvsjo-hagersten/activities/priority-areas")).ShouldContain("Telefonplan");
    }

    [Fact]
    public async Task A_member_makes_addresses_for_their_sign_ups_and_the_whole_calendar_sees_each_once_and_revokes_one()
    {
        var id = await Member("5201", "Prenumerant");
        var member = host.Client(await host.TokenFor("5201@exempel.se", "solna", "member"));
        await host.Link("5201@exempel.se", "solna", id);
        string Day(int days) => $"{DateTime.Today.AddDays(days):yyyy-MM-dd}";
        var activity = await solna.Create("solna", Calendars.Activity("Min aktivitet", start: $"{Day(7)}T18:00", end: $"{Day(7)}T20:00"));
        await solna.Create("solna", Calendars.Activity("Annan aktivitet", start: $"{Day(8)}T18:00", end: $"{Day(8)}T20:00"));
        (await member.PostFormText($"/a/solna/activities/{activity.Id}", "signup")).ShouldContain("Du är anmäld.");

        var page = await member.GetStringAsync("/a/solna/activities/feeds");
        page.ShouldContain("Ingen adress än.");
        page.ShouldNotContain("slutar uppdateras", customMessage: "no warning before there is an address to replace");
        var made = await member.PostFormText("/a/solna/activities/feeds", "feeds", ("do", "make:mine"));
        var url = Regex.Match(made, "http://[^<\"]+/activity-feeds/[^<\"]+\\.ics").Value;
        url.ShouldNotBeEmpty();
        made.ShouldContain($"href=\"webcal://{url["http://".Length..]}\"");
        made.ShouldContain("data-copy=\"address-mine\"");
        made.ShouldNotContain("Föreningens gemensamma adress", customMessage: "a member does not manage the board's shared address");

        var anonymous = host.Client();
        ICalendarParser.Parse(await anonymous.GetByteArrayAsync(new Uri(url).PathAndQuery)).All("VEVENT").Select(e => e["SUMMARY"]).ShouldBe(["Min aktivitet"]);
        var whole = Regex.Match(await member.PostFormText("/a/solna/activities/feeds", "feeds", ("do", "make:calendar")), "http://[^<\"]+/activity-feeds/[^<\"]+\\.ics").Value;
        ICalendarParser.Parse(await anonymous.GetByteArrayAsync(new Uri(whole).PathAndQuery)).All("VEVENT").Select(e => e["SUMMARY"])
            .ShouldBe(["Min aktivitet", "Annan aktivitet"], ignoreOrder: true);

        var again = await member.GetStringAsync("/a/solna/activities/feeds");
        again.ShouldContain("Adressen skapades");
        again.ShouldContain("En ny adress ersätter den gamla: kalendrar som prenumererar på den gamla slutar uppdateras.");
        again.ShouldNotContain(new Uri(url).AbsolutePath);

        (await member.PostFormText("/a/solna/activities/feeds", "feeds", ("do", "revoke:mine"))).ShouldContain("är återkallad");
        (await anonymous.GetAsync(new Uri(url).PathAndQuery)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync(new Uri(whole).PathAndQuery)).StatusCode.ShouldBe(HttpStatusCode.OK, "revoking one address leaves the other");
        (await member.PostFormText("/a/solna/activities/feeds", "feeds", ("do", "make:association"))).ShouldContain("Den adressen kan du inte ändra");
    }

    [Fact]
    public async Task The_board_rotates_and_revokes_the_associations_feed()
    {
        var first = Regex.Match(await solna.PostFormText("/a/solna/activities/feeds", "feeds", ("do", "make:association")), "/api/associations/solna/activity-feeds/[^<\"]+\\.ics").Value;
        var second = Regex.Match(await solna.PostFormText("/a/solna/activities/feeds", "feeds", ("do", "make:association")), "/api/associations/solna/activity-feeds/[^<\"]+\\.ics").Value;
        second.ShouldNotBe(first);
        var anonymous = host.Client();
        (await anonymous.GetAsync(first)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync(second)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await solna.DeleteAsync("/api/associations/solna/activity-feeds/association")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await anonymous.GetAsync(second)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await solna.GetStringAsync("/a/solna/activities/feeds")).ShouldContain("Ingen adress än.");
    }

    [Fact]
    public async Task An_organiser_books_a_member_by_number_and_an_unclear_name_is_refused()
    {
        var id = await Member("5301", "Bokadsson");
        await Member("5302", "Bokadsson");
        var activity = await solna.Create("solna", Calendars.Activity("Ringkväll", "phone-bank", max: 1));
        var url = $"/a/solna/activities/{activity.Id}";
        Forms.Visible(await solna.PostFormText(url, "book", ("who", "Bokadsson"))).ShouldContain("Flera medlemmar matchar");
        Forms.Visible(await solna.PostFormText(url, "book", ("who", "5301"))).ShouldContain("är anmäld.");
        Forms.Visible(await solna.PostFormText(url, "book", ("who", "5302"))).ShouldContain("står på väntelistan.");
        var signUps = (await solna.GetFromJsonAsync<List<SignUpRow>>($"/api/associations/solna/activities/{activity.Id}/signups"))!;
        signUps.Single(s => s.MemberId == id).Status.ShouldBe("confirmed");
        signUps.Single(s => s.MemberId != id).Status.ShouldBe("waiting");
    }

    [Fact]
    public async Task Corrected_attendance_publishes_the_changed_mark_and_new_counts_with_a_higher_revision()
    {
        var activity = await solna.Create("solna", Calendars.Activity("Flygblad", "leafleting", "2026-10-03T11:00", "2026-10-03T13:00"));
        var (came, late) = (Guid.NewGuid(), Guid.NewGuid());
        foreach (var m in new[] { came, late })
            (await solna.PostAsJsonAsync($"/api/associations/solna/activities/{activity.Id}/signups", new { memberId = m })).EnsureSuccessStatusCode();
        var url = $"/a/solna/activities/{activity.Id}";
        (await solna.PostFormText(url, "attendance", ($"outcome-{came}", "Attended"), ($"outcome-{late}", "NoShow"))).ShouldContain("Närvaron är sparad.");

        var page = await solna.GetStringAsync(url);
        Forms.Visible(page).ShouldContain("Sparad: 1 närvarade, 1 uteblev.");
        page.ShouldContain("<option value=\"NoShow\" selected");
        // The one marked a no-show did come: the organiser corrects it.
        Forms.Visible(await solna.PostFormText(url, "attendance", ($"outcome-{came}", "Attended"), ($"outcome-{late}", "Attended"))).ShouldContain("Närvaron är rättad.");

        var held = await solna.GetFromJsonAsync<Occurrence>($"/api/associations/solna/activities/{activity.Id}", Calendars.Json);
        held!.Held.ShouldBeTrue();
        (await solna.GetStringAsync($"/api/associations/solna/activities/{activity.Id}")).ShouldContain("\"attended\":2,\"noShows\":0");

        var messages = host.Published.In("solna");
        var records = messages.OfType<AttendanceRecorded>().ToList();
        records.Count.ShouldBe(3, "two first marks, then only the corrected one");
        (records[2].MemberId, records[2].Revision).ShouldBe((late, 2));
        var helds = messages.OfType<ActivityHeld>().ToList();
        helds.Count.ShouldBe(2);
        (helds[1].Attended, helds[1].NoShows, helds[1].Revision).ShouldBe((2, 0, 2));

        // Saving the same marks again changes nothing and tells no one.
        (await solna.PostFormText(url, "attendance", ($"outcome-{came}", "Attended"), ($"outcome-{late}", "Attended"))).ShouldContain("Närvaron är rättad.");
        host.Published.In("solna").OfType<ActivityHeld>().Count().ShouldBe(2);
    }

    [Fact]
    public async Task A_correction_reaches_the_members_engagement_history_both_ways()
    {
        var member = await Member("5401", "Flygbladsson");
        var activity = await solna.Create("solna", Calendars.Activity("Flygblad", "leafleting", "2026-10-10T11:00", "2026-10-10T13:00"));
        async Task<string> Mark(string outcome)
        {
            var response = await solna.PostAsJsonAsync($"/api/associations/solna/activities/{activity.Id}/attendance", new { marks = new[] { new { memberId = member, outcome } } });
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            await host.Deliver();
            return await solna.GetStringAsync($"/api/associations/solna/members/{member}");
        }

        (await Mark("no-show")).ShouldNotContain("leafleting");
        (await Mark("attended")).ShouldContain("leafleting", customMessage: "corrected to attended: the activity enters the history");
        (await Mark("cancelled")).ShouldNotContain("leafleting", customMessage: "corrected away again: it leaves the history");
    }

    private sealed record Created(Guid Id);

    private sealed record SignUpRow(Guid MemberId, string Name, string Status);

    private sealed record Area(Guid Id, string Name, List<string> PostalCodes);
}
