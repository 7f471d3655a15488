using Federation.Activities.Contracts;
using Federation.Board.Domain;
using Microsoft.EntityFrameworkCore;

namespace Federation.Board.Tests;

/// <summary>Plan targets that contradicted their seed, and figures that were typed in although a module has them.</summary>
public sealed class SeedTruthTests
{
    [Theory]
    [InlineData(74, "red")]
    [InlineData(26, "red")]
    [InlineData(63, "yellow")]
    [InlineData(45, "green")]
    public async Task Jamn_speaker_distribution_is_a_band_both_ways_for_speakers_and_speaking_time(int womenPercent, string status)
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 6, 15, 10, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        (await board.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        // One meeting, 100 speakers of a minute each: womenPercent of them women.
        await host.In("solna", async db =>
        {
            var meeting = new Meeting { Id = Guid.NewGuid(), Kind = ActivityTypes.MemberMeeting, Title = "Medlemsmöte", Date = new DateOnly(2024, 5, 2), CreatedAt = DateTime.UtcNow };
            db.Meetings.Add(meeting);
            for (var i = 0; i < 100; i++)
                db.Contributions.Add(new Contribution
                {
                    Id = Guid.NewGuid(), MeetingId = meeting.Id, Number = i + 1, Name = $"Talare {i}", Seconds = 60,
                    Gender = i < womenPercent ? Gender.Woman : Gender.Man, StartedAt = new DateTime(2024, 5, 2, 18, 0, 0, DateTimeKind.Utc),
                });
            return await db.SaveChangesAsync();
        });

        var plan = (await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2024"))!;
        foreach (var text in new[] { "Jämn könsfördelning bland talarna", "Jämn könsfördelning av talartiden" })
        {
            var target = PlanJson.Target(plan, text);
            ((string)target["kind"]!).ShouldBe("Even");
            PlanJson.Done(target).ShouldBe(womenPercent);
            ((string)target["progress"]!["status"]!).ShouldBe(status, text);
        }
    }

    [Fact]
    public async Task A_target_due_before_the_2026_election_is_red_after_it_when_unmet_not_spread_over_the_plan()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2026, 10, 1, 10, 0, 0, TimeSpan.Zero));
        var board = await host.Board("storstockholm");
        (await board.PostAsJsonAsync("/api/associations/storstockholm/plans", new { year = 2026 })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var plan = (await board.GetFromJsonAsync<JsonNode>("/api/associations/storstockholm/plans/2026"))!;
        var inventory = PlanJson.Target(plan, "En ny medlemsinventering");
        ((decimal)inventory["progress"]!["expectedByNow"]!).ShouldBe(1);
        ((string)inventory["progress"]!["status"]!).ShouldBe("red");
        // A plan-long target without a date is still spread: nothing is due of the digital strategy yet.
        ((string)PlanJson.Target(plan, "En digital strategi")["progress"]!["status"]!).ShouldBe("green");
    }

    [Fact]
    public async Task Childcare_at_larger_meetings_is_computed_from_the_held_activities_and_refuses_a_hand_figure()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 6, 15, 10, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        (await board.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        await host.Publish(new ActivityHeld("solna", Guid.NewGuid(), ActivityTypes.MemberMeeting, new DateOnly(2024, 3, 5), null, null, false, 12, 0, 1, Childcare: true));
        await host.Publish(new ActivityHeld("solna", Guid.NewGuid(), ActivityTypes.GeneralMeeting, new DateOnly(2024, 4, 5), null, null, false, 30, 0, 1, Childcare: false));
        // A leafleting is no meeting: it does not count either way.
        await host.Publish(new ActivityHeld("solna", Guid.NewGuid(), ActivityTypes.Leafleting, new DateOnly(2024, 4, 6), null, null, false, 4, 0));

        const string text = "Barnpassning erbjuds vid stormöten, årsmöten samt medlemsträffar";
        await TestHost.Eventually(async () =>
            PlanJson.Done(PlanJson.Target((await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2024"))!, text)) == 50, "half the meetings offered childcare");
        var target = PlanJson.Target((await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2024"))!, text);
        ((string)target["progress"]!["source"]!).ShouldBe("measured");
        var typed = await board.PostAsJsonAsync($"/api/associations/solna/plans/2024/targets/{(string)target["id"]!}/entries", new { value = 100 });
        typed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_targets_activity_type_is_chosen_from_the_list_and_a_typed_name_is_refused_naming_the_choices()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 6, 15, 10, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        (await board.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var plan = (await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2024"))!;
        var goalId = (string)PlanJson.Goal(plan, "Anordna minst 10 torgmöten.")["id"]!;

        var typed = await board.PostAsJsonAsync("/api/associations/solna/plans/2024/targets",
            new { goalId, text = "Fler flygblad", kind = "ActivityCount", quantity = 5, period = "Year", subject = "Flygbladsutdelning" });
        typed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await typed.Content.ReadAsStringAsync();
        problem.ShouldContain("'Flygbladsutdelning' går inte att räkna");
        problem.ShouldContain("Flygbladsutdelning, Torgmöte");
        (await host.In("solna", db => db.Targets.CountAsync(t => t.Text == "Fler flygblad"))).ShouldBe(0);

        (await board.PostAsJsonAsync("/api/associations/solna/plans/2024/targets",
            new { goalId, text = "Fler flygblad", kind = "ActivityCount", quantity = 5, period = "Year", subject = ActivityTypes.Leafleting })).StatusCode.ShouldBe(HttpStatusCode.Created);

        // The form offers the list, not a text box.
        var page = WebUtility.HtmlDecode(await board.GetStringAsync("/a/solna/plan?year=2024"));
        page.ShouldContain("<option value=\"leafleting\">Flygbladsutdelning</option>");
    }

    [Fact]
    public async Task A_per_semester_target_is_judged_per_semester_in_the_annual_report_not_only_on_the_last()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2025, 1, 15, 10, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        (await board.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        Guid anna = await board.NewMemberId("solna", "S-1", "Anna", "woman"), bo = await board.NewMemberId("solna", "S-2", "Bo", "man");
        foreach (var (id, name, gender, role) in new[] { (anna, "Anna", "woman", "chair"), (bo, "Bo", "man", "member") })
            (await board.PostAsJsonAsync("/api/associations/solna/board/roles",
                new { memberId = id, name, gender, role, from = new DateOnly(2024, 1, 10), until = new DateOnly(2025, 3, 1) })).StatusCode.ShouldBe(HttpStatusCode.Created);

        // Nobody leafleted in the spring; both did twice in the autumn.
        DateOnly[] autumn = [new(2024, 9, 7), new(2024, 10, 5)];
        foreach (var member in new[] { anna, bo })
        foreach (var day in autumn)
            await host.Publish(new AttendanceRecorded("solna", Guid.NewGuid(), member, ActivityTypes.Leafleting, day, AttendanceOutcome.Attended));
        await TestHost.Eventually(() => host.In("solna", db => db.Attendances.CountAsync().ContinueWith(t => t.Result == 4)), "attendance stored");

        var text = (string)(await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2024/report"))!["text"]!;
        text.ShouldContain("Varje förtroendevald närvarar på minst två flygbladsutdelningar per termin: VT 0 av 2 (ej uppnått), HT 2 av 2 (uppnått)");
    }

    [Fact]
    public async Task Vansterpizza_is_its_own_goal_in_solna_2020_and_does_not_count_as_the_social_activity_besides_syninge()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2020, 12, 31, 10, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        (await board.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2020 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        foreach (var month in new[] { 1, 2, 3 })
            await host.Publish(PlanTests.Held("solna", Guid.NewGuid(), ActivityTypes.Social, new DateOnly(2020, month, 20), "vansterpizza"));
        await host.Publish(PlanTests.Held("solna", Guid.NewGuid(), ActivityTypes.Social, new DateOnly(2020, 8, 1)));
        await TestHost.Eventually(() => host.In("solna", db => db.HeldActivities.CountAsync().ContinueWith(t => t.Result == 4)), "activities stored");

        var plan = (await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2020"))!;
        PlanJson.Done(PlanJson.Target(plan, "Vänsterpizza varje månad")).ShouldBe(3);
        PlanJson.Done(PlanJson.Target(plan, "Minst två sociala aktiviteter, Syninge inräknat")).ShouldBe(1);
    }

    [Theory]
    [InlineData(2020, "Alla medlemmar har blivit uppringda under året")]
    [InlineData(2020, "Alla nya medlemmar har informerats om distriktets kurser")]
    [InlineData(2024, "Samtliga nya medlemmar kontaktas via telefonsamtal eller sms")]
    [InlineData(2020, "Alla nya medlemmar har fått välkomstbrev")]
    [InlineData(2024, "Alla nya medlemmar har fått välkomstbrev")]
    public async Task Members_called_and_new_members_contacted_and_welcomed_come_from_membership_and_are_not_typed_in(int year, string text)
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(year, 6, 15, 10, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        (await board.PostAsJsonAsync("/api/associations/solna/plans", new { year })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var target = PlanJson.Target((await board.GetFromJsonAsync<JsonNode>($"/api/associations/solna/plans/{year}"))!, text);
        ((string)target["progress"]!["source"]!).ShouldBe("measured");
        var typed = await board.PostAsJsonAsync($"/api/associations/solna/plans/{year}/targets/{(string)target["id"]!}/entries", new { value = 100 });
        typed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await host.In("solna", db => db.TargetEntries.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task The_district_plan_counts_associations_with_officers_and_with_regular_priority_area_activity_and_refuses_figures_typed_over_them()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 9, 1, 10, 0, 0, TimeSpan.Zero));
        var (solna, alvsjo) = await host.SeatDistrictOfficers();
        // Älvsjö-Hägersten leaflets in Solberga, one of its priority areas, four months of the year: regular.
        foreach (var month in new[] { 2, 3, 4, 5 })
            (await alvsjo.PostAsJsonAsync("/api/associations/alvsjo-hagersten/activities", new
            {
                type = ActivityTypes.Leafleting, title = "Flygblad i Solberga", start = $"2024-0{month}-10T11:00", end = $"2024-0{month}-10T13:00", area = "Solberga",
            })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var district = await host.Board("storstockholm");
        (await district.PostAsJsonAsync("/api/associations/storstockholm/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var plan = (await district.GetFromJsonAsync<JsonNode>("/api/associations/storstockholm/plans/2024"))!;
        ((int)plan["firstYear"]!).ShouldBe(2023);
        // Solna, Älvsjö-Hägersten and Liljeholmen-Hägersten have board work on (the district itself is no partiförening).
        var feminist = PlanJson.Target(plan, "Alla partiföreningar och kommunala grupper har en internfeministiskt ansvarig");
        var antiracist = PlanJson.Target(plan, "Alla partiföreningar och kommunala grupper har en internt antirasistisk ansvarig");
        ((string)feminist["progress"]!["source"]!, PlanJson.Done(feminist)).ShouldBe(("measured", 33.3m));
        ((string)antiracist["progress"]!["source"]!, PlanJson.Done(antiracist)).ShouldBe(("measured", 66.7m));

        var office = host.Host.Client(await host.Host.TokenFor("kansli@district.test", "district", "district-office"));
        var report = (await office.GetFromJsonAsync<JsonNode>("/api/associations/storstockholm/activity-priority-report?year=2024"))!;
        var associations = report["associations"]!.AsArray().Count;
        ((int)report["regularCount"]!).ShouldBe(1);
        var priority = PlanJson.Target(plan, "Minst hälften av föreningarna har regelbundna aktiviteter i prioriterade områden");
        ((string)priority["progress"]!["source"]!, PlanJson.Done(priority)).ShouldBe(("measured", Math.Round(100m / associations, 1)));

        foreach (var target in new[] { feminist, antiracist, priority })
            (await district.PostAsJsonAsync($"/api/associations/storstockholm/plans/2024/targets/{(string)target["id"]!}/entries", new { value = 100 }))
                .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await host.In("storstockholm", db => db.TargetEntries.CountAsync())).ShouldBe(0);
    }
}
