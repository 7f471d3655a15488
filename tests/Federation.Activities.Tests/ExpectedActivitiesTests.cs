using System.Text.Json.Nodes;

namespace Federation.Activities.Tests;

/// <summary>The year wheel's fixed points: the activities each association's plan expects, matched against its calendar.</summary>
public sealed class ExpectedActivitiesTests : IAsyncLifetime
{
    private TestHost host = null!;

    public async Task InitializeAsync() => host = await TestHost.Start();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private static async Task<Dictionary<string, JsonNode>> Expected(HttpClient client, string association, int year) =>
        (await client.GetFromJsonAsync<JsonArray>($"/api/associations/{association}/activities/expected/{year}"))!
            .ToDictionary(e => (string)e!["id"]!, e => e!);

    [Fact]
    public async Task The_district_sees_which_district_days_of_a_past_year_were_held_and_which_were_missed()
    {
        var district = host.Client(await host.TokenFor("styrelse@storstockholm.test", "storstockholm", "board"));
        await district.Create("storstockholm", Calendars.Activity("Internationella kvinnodagen", "district-event", "2023-03-08T17:00", "2023-03-08T19:00", districtWide: true));
        // On the right day but not a district event: it does not count as the day.
        await district.Create("storstockholm", Calendars.Activity("Medlemsmöte", "member-meeting", "2023-05-01T18:00", "2023-05-01T20:00"));
        await district.Create("storstockholm", Calendars.Activity("Stockholm Pride-paraden", "district-event", "2023-08-05T12:00", "2023-08-05T16:00", districtWide: true));

        var days = await Expected(district, "storstockholm", 2023);
        ((string)days["8-mars"]["status"]!, (string)days["8-mars"]["activityTitle"]!).ShouldBe(("Held", "Internationella kvinnodagen"));
        ((string)days["stockholm-pride"]["status"]!).ShouldBe("Held", "the parade on the first Saturday of August is in Pride week");
        ((string)days["1-maj"]["status"]!).ShouldBe("Missed");
        ((string)days["jarvaveckan"]["status"]!).ShouldBe("NotArranged", "\"förutsatt att de arrangeras\": not a failure");
        ((string)days["8-mars"]["seedFile"]!).ShouldStartWith("003");

        var page = Forms.Visible(await district.GetStringAsync("/a/storstockholm/activities/year-wheel?year=2023"));
        page.ShouldContain("Hållpunkter ur verksamhetsplanen 2023");
        page.ShouldContain("Första maj");
        page.ShouldContain("Saknas");
        page.ShouldContain("Inte anordnad (villkorad i planen)");
    }

    [Fact]
    public async Task Alvsjo_hagerstens_parties_count_their_own_activities_only_and_one_activity_meets_one_point()
    {
        var board = host.Client(await host.TokenFor("styrelse@alvsjo-hagersten.test", "alvsjo-hagersten", "board"));
        var district = host.Client(await host.TokenFor("styrelse@storstockholm.test", "storstockholm", "board"));
        // A district-wide "jul" day copied into the association's calendar is not the association's Christmas activity.
        await district.Create("storstockholm", Calendars.Activity("Distriktets julglögg", "district-event", "2030-12-12T18:00", "2030-12-12T21:00", districtWide: true));
        var cancelled = await board.Create("alvsjo-hagersten", Calendars.Activity("Julfest", "social", "2030-12-14T18:00", "2030-12-14T22:00"));
        (await board.PostAsync($"/api/associations/alvsjo-hagersten/activities/{cancelled.Id}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await board.Create("alvsjo-hagersten", Calendars.Activity("Sommarfest i Västertorpsparken", "social", "2030-06-07T15:00", "2030-06-07T20:00"));

        var points = await Expected(board, "alvsjo-hagersten", 2030);
        ((string)points["sommarfest"]["status"]!).ShouldBe("Planned");
        ((string)points["julaktivitet"]["status"]!).ShouldBe("NotYetPlanned");
        ((string)points["julaktivitet"]["quote"]!).ShouldBe("Under december månad anordnas en julaktivitet.");

        await board.Create("alvsjo-hagersten", Calendars.Activity("Julbord", "social", "2030-12-15T18:00", "2030-12-15T22:00"));
        ((string)(await Expected(board, "alvsjo-hagersten", 2030))["julaktivitet"]["activityTitle"]!).ShouldBe("Julbord");
    }

    [Fact]
    public async Task Solna_needs_two_budget_meetings_and_an_autumn_one_is_not_spent_on_the_year_long_point()
    {
        var solna = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        await solna.Create("solna", Calendars.Activity("Medlemsmöte: budgetprocessen", "member-meeting", "2030-10-08T18:30", "2030-10-08T20:30"));

        var points = await Expected(solna, "solna", 2030);
        ((string)points["budget-hostmote"]["status"]!).ShouldBe("Planned");
        ((string)points["budget-prioriteringar"]["status"]!).ShouldBe("NotYetPlanned", "one meeting cannot meet both points");

        await solna.Create("solna", Calendars.Activity("Medlemsmöte om budgetprioriteringar", "member-meeting", "2030-04-08T18:30", "2030-04-08T20:30"));
        points = await Expected(solna, "solna", 2030);
        ((string)points["budget-prioriteringar"]["activityTitle"]!).ShouldBe("Medlemsmöte om budgetprioriteringar");
        ((string)points["budget-hostmote"]["activityTitle"]!).ShouldBe("Medlemsmöte: budgetprocessen");
    }

    [Fact]
    public async Task Solnas_member_days_in_syninge_are_the_social_activity_the_board_tagged_not_a_title()
    {
        var solna = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        // A title that says Syninge is not the member days; only the tag is.
        await solna.Create("solna", Calendars.Activity("Utflykt till Syninge", "social", "2030-05-10T10:00", "2030-05-10T16:00"));
        var points = await Expected(solna, "solna", 2030);
        ((string)points["syninge"]["status"]!).ShouldBe("NotYetPlanned");
        ((string)points["syninge"]["quote"]!).ShouldContain("varav en är medlemsdagar i Syninge");

        var wrongTag = await solna.PostAsJsonAsync("/api/associations/solna/activities",
            new { type = "social", title = "Sommarhelg", start = "2030-08-16T10:00", end = "2030-08-18T15:00", tag = "syningee" });
        wrongTag.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrongTag.Content.ReadAsStringAsync()).ShouldContain("har ingen märkning ”syningee”");

        var response = await solna.PostAsJsonAsync("/api/associations/solna/activities",
            new { type = "social", title = "Sommarhelg", start = "2030-08-16T10:00", end = "2030-08-18T15:00", tag = "syninge" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        points = await Expected(solna, "solna", 2030);
        ((string)points["syninge"]["status"]!, (string)points["syninge"]["activityTitle"]!).ShouldBe(("Planned", "Sommarhelg"));

        var page = Forms.Visible(await solna.GetStringAsync("/a/solna/activities/year-wheel?year=2030"));
        page.ShouldContain("Medlemsdagar i Syninge");
        // Älvsjö-Hägersten's plan has no such tag.
        var alvsjo = host.Client(await host.TokenFor("styrelse@alvsjo-hagersten.test", "alvsjo-hagersten", "board"));
        (await alvsjo.PostAsJsonAsync("/api/associations/alvsjo-hagersten/activities",
            new { type = "social", title = "Sommarhelg", start = "2030-08-16T10:00", end = "2030-08-18T15:00", tag = "syninge" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Alvsjo_hagerstens_delegates_report_back_to_a_board_meeting_and_a_member_meeting_which_members_see_without_the_board_meetings_title()
    {
        var board = host.Client(await host.TokenFor("styrelse@alvsjo-hagersten.test", "alvsjo-hagersten", "board"));
        await board.Create("alvsjo-hagersten", Calendars.Activity("Medlemsmöte om Representantskapet", "member-meeting", "2030-03-15T18:00", "2030-03-15T20:00"));
        var points = await Expected(board, "alvsjo-hagersten", 2030);
        ((string)points["ombud-medlemsmote"]["status"]!).ShouldBe("NotYetPlanned", "the board tags the meeting; a title does not count");

        var member = await board.PostAsJsonAsync("/api/associations/alvsjo-hagersten/activities",
            new { type = "member-meeting", title = "Medlemsmöte i april", start = "2030-04-15T18:00", end = "2030-04-15T20:00", tag = "ombud-aterrapport" });
        member.StatusCode.ShouldBe(HttpStatusCode.Created, await member.Content.ReadAsStringAsync());
        var boardMeeting = await board.PostAsJsonAsync("/api/associations/alvsjo-hagersten/activities",
            new { type = "board-meeting", title = "Styrelsemöte med personalfrågor", start = "2030-04-20T18:00", end = "2030-04-20T20:00", visibility = "board", tag = "ombud-aterrapport" });
        boardMeeting.StatusCode.ShouldBe(HttpStatusCode.Created, await boardMeeting.Content.ReadAsStringAsync());

        points = await Expected(board, "alvsjo-hagersten", 2030);
        ((string)points["ombud-medlemsmote"]["activityTitle"]!).ShouldBe("Medlemsmöte i april");
        ((string)points["ombud-styrelsen"]["status"]!, (string)points["ombud-styrelsen"]["activityTitle"]!).ShouldBe(("Planned", "Styrelsemöte med personalfrågor"));
        // A member sees that the board meeting is planned, not its title.
        var reader = host.Client(await host.TokenFor("medlem@alvsjo-hagersten.test", "alvsjo-hagersten", "member"));
        var seen = await Expected(reader, "alvsjo-hagersten", 2030);
        ((string)seen["ombud-styrelsen"]["status"]!).ShouldBe("Planned");
        seen["ombud-styrelsen"]["activityTitle"].ShouldBeNull();
    }
}
