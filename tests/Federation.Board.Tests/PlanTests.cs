using Federation.Activities.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Federation.Board.Tests;

/// <summary>The activity plan from the plugins' templates, with progress counted from the activities module's messages.</summary>
public sealed class PlanTests
{
    private static readonly DateTimeOffset MidJune2024 = new(2024, 6, 15, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Solna_2020_and_2024_plans_come_out_with_three_and_four_pillars_and_the_seeds_targets()
    {
        await using var host = await BoardHost.Start(MidJune2024);
        var board = await host.Board();
        (await board.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2020 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await board.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var plan2020 = (await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2020"))!;
        plan2020["pillars"]!.AsArray().Select(p => (string)p!["name"]!).ShouldBe(["Intern organisering", "Utåtriktat arbete", "Vår politik"]);
        var members = PlanJson.Target(plan2020, "Minst tre medlemsmöten per termin");
        ((string)members["kind"]!, (decimal)members["quantity"]!, (string)members["period"]!).ShouldBe(("ActivityCount", 3m, "Semester"));

        var plan2024 = (await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2024"))!;
        plan2024["pillars"]!.AsArray().Select(p => (string)p!["name"]!)
            .ShouldBe(["Intern organisering", "Utåtriktat arbete", "Kommunikation", "Vår politik"]);
        ((string)PlanJson.Target(plan2024, "Minst 20 flygbladsutdelningar")["subject"]!).ShouldBe(ActivityTypes.Leafleting);
        ((string)PlanJson.Target(plan2024, "Anordna Röd lördag en gång i månaden")["subject"]!).ShouldBe("rule:red-saturday");
        ((string)PlanJson.Target(plan2024, "Antirasistisk ansvarig")["kind"]!).ShouldBe("Presence");
        var media = PlanJson.Target(plan2024, "40 gånger i lokalmedia");
        ((string)media["kind"]!, (decimal)media["progress"]!["target"]!).ShouldBe(("ActivityCount", 40m)); // counted from the media log
    }

    [Fact]
    public async Task A_second_plan_for_the_same_year_is_refused_and_the_first_is_kept()
    {
        await using var host = await BoardHost.Start(MidJune2024);
        var board = await host.Board();
        (await board.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var again = await board.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2024, title = "Dubblett" });
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await again.Content.ReadAsStringAsync()).ShouldContain("finns redan en verksamhetsplan");
        (await host.In("solna", db => db.Plans.CountAsync())).ShouldBe(1);
        var plan = (await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2024"))!;
        ((string)plan["title"]!).ShouldStartWith("Verksamhetsplan 2024");
    }

    [Fact]
    public async Task The_districts_plans_2023_2025_and_2025_2027_both_cover_2025_and_each_target_is_judged_within_its_own_plan()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2025, 6, 15, 10, 0, 0, TimeSpan.Zero));
        var district = await host.Board("storstockholm");
        const string api = "/api/associations/storstockholm/plans";
        var empty = WebUtility.HtmlDecode(await district.GetStringAsync("/a/storstockholm/plan?year=2025"));
        empty.ShouldContain("Skapa verksamhetsplanen 2023–2025");
        empty.ShouldContain("Skapa verksamhetsplanen 2025–2027");
        // The later plan first: it no longer blocks the earlier one.
        (await district.PostAsJsonAsync(api, new { year = 2025, from = 2025 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var earlier = await district.PostAsJsonAsync(api, new { year = 2025 });
        earlier.StatusCode.ShouldBe(HttpStatusCode.Created, await earlier.Content.ReadAsStringAsync());
        ((int)(await earlier.Content.ReadFromJsonAsync<JsonNode>())!["firstYear"]!).ShouldBe(2023, "the template not made yet");
        var twice = await district.PostAsJsonAsync(api, new { year = 2024 });
        (await twice.Content.ReadAsStringAsync()).ShouldContain("Det finns redan en verksamhetsplan för 2023–2025.");

        // A phone bank in 2024 belongs to 2023–2025 only; one in 2025 to both.
        await host.Publish(Held("storstockholm", Guid.NewGuid(), ActivityTypes.PhoneBank, new DateOnly(2024, 5, 2)));
        await host.Publish(Held("storstockholm", Guid.NewGuid(), ActivityTypes.PhoneBank, new DateOnly(2025, 3, 1)));
        await TestHost.Eventually(() => host.In("storstockholm", db => db.HeldActivities.CountAsync().ContinueWith(t => t.Result == 2)), "activities stored");

        var current = (await district.GetFromJsonAsync<JsonNode>($"{api}/2025"))!;
        ((int)current["firstYear"]!, (int)current["lastYear"]!).ShouldBe((2025, 2027), "without from: the plan that started last");
        current["others"]!.AsArray().Select(o => (int)o!["firstYear"]!).ShouldBe([2023]);
        PlanJson.Done(PlanJson.Target(current, "En ringcentral")).ShouldBe(1, "2024 lies outside 2025–2027");
        var previous = (await district.GetFromJsonAsync<JsonNode>($"{api}/2025?from=2023"))!;
        ((int)previous["firstYear"]!, (int)previous["lastYear"]!).ShouldBe((2023, 2025));
        previous["others"]!.AsArray().Select(o => (int)o!["firstYear"]!).ShouldBe([2025]);

        // A figure goes to the plan its target belongs to, dated within that plan's period.
        var handbook = PlanJson.Target(previous, "Den antirasistiska handboken är klar");
        (await district.PostAsJsonAsync($"{api}/2025/targets/{(string)handbook["id"]!}/entries", new { value = 1, on = "2024-11-20" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        PlanJson.Done(PlanJson.Target((await district.GetFromJsonAsync<JsonNode>($"{api}/2025?from=2023"))!, "Den antirasistiska handboken är klar")).ShouldBe(1);
        var inventory = PlanJson.Target(current, "En ny medlemsinventering");
        var early = await district.PostAsJsonAsync($"{api}/2025/targets/{(string)inventory["id"]!}/entries", new { value = 1, on = "2024-11-20" });
        (await early.Content.ReadAsStringAsync()).ShouldContain("inom planens period 2025–2027");

        // A follow-up of one plan is that plan's, and the annual report judges each plan on its own.
        (await district.PostAsJsonAsync($"{api}/2025/follow-ups?from=2023", new { heldOn = "2025-05-20", note = "Sista året av planen" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await district.GetFromJsonAsync<JsonNode>($"{api}/2025/follow-ups?from=2023"))!["total"]!.GetValue<int>().ShouldBe(1);
        (await district.GetFromJsonAsync<JsonNode>($"{api}/2025/follow-ups"))!["total"]!.GetValue<int>().ShouldBe(0);
        var report = (string)(await district.GetFromJsonAsync<JsonNode>($"{api}/2025/report"))!["text"]!;
        report.ShouldContain("Verksamhetsplan 2023–2025: Tillsammans är vi starkare (2023–2025)");
        report.ShouldContain("Verksamhetsplan 2025–2027: Vi är vänstervinden (2025–2027)");
        var page = WebUtility.HtmlDecode(await district.GetStringAsync("/a/storstockholm/plan?year=2025"));
        page.ShouldContain("Fler planer täcker 2025:");
        page.ShouldContain("/a/storstockholm/plan?year=2025&from=2023");
    }

    [Fact]
    public async Task A_counted_target_moves_when_ActivityHeld_arrives_through_the_bus_and_not_for_another_associations()
    {
        await using var host = await BoardHost.Start(MidJune2024);
        var board = await host.Board();
        (await board.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        async Task<JsonNode> Leafletings() => PlanJson.Target(
            (await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2024"))!, "Minst 20 flygbladsutdelningar");
        PlanJson.Done(await Leafletings()).ShouldBe(0);

        // Another association's leafleting first: it lands there, not in Solna's plan.
        var elsewhere = Guid.NewGuid();
        await host.Publish(Held("alvsjo-hagersten", elsewhere, ActivityTypes.Leafleting, new DateOnly(2024, 3, 2)));
        await TestHost.Eventually(() => host.In("alvsjo-hagersten", db => db.HeldActivities.AnyAsync(h => h.ActivityId == elsewhere)), "Älvsjö's activity stored");

        var leafleting = Held("solna", Guid.NewGuid(), ActivityTypes.Leafleting, new DateOnly(2024, 3, 9));
        await host.Publish(leafleting);
        await TestHost.Eventually(async () => PlanJson.Done(await Leafletings()) == 1, "Solna's leafleting counted");

        // The same event again and a leafleting the year before change nothing.
        await host.Publish(leafleting);
        await host.Publish(Held("solna", Guid.NewGuid(), ActivityTypes.Leafleting, new DateOnly(2023, 12, 30)));
        await TestHost.Eventually(() => host.In("solna", db => db.HeldActivities.CountAsync(h => h.Date.Year == 2023).ContinueWith(t => t.Result == 1)), "last year's stored");
        var target = await Leafletings();
        PlanJson.Done(target).ShouldBe(1);
        // Mid-June: 167 of 366 days → 20 × 167 / 366 = 9.1, so 9 expected; 1 of 9 is red.
        ((decimal)target["progress"]!["expectedByNow"]!).ShouldBe(9);
        ((string)target["progress"]!["status"]!).ShouldBe("red");
    }

    [Fact]
    public async Task Red_saturday_counts_the_rules_series_month_by_month()
    {
        await using var host = await BoardHost.Start(MidJune2024);
        var board = await host.Board();
        (await board.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        // Two in January (only one counts for the month), one in February, one leafleting outside the series.
        await host.Publish(Held("solna", Guid.NewGuid(), ActivityTypes.Leafleting, new DateOnly(2024, 1, 6), "red-saturday"));
        await host.Publish(Held("solna", Guid.NewGuid(), ActivityTypes.Leafleting, new DateOnly(2024, 1, 13), "red-saturday"));
        await host.Publish(Held("solna", Guid.NewGuid(), ActivityTypes.Leafleting, new DateOnly(2024, 2, 3), "red-saturday"));
        await host.Publish(Held("solna", Guid.NewGuid(), ActivityTypes.Leafleting, new DateOnly(2024, 3, 2)));
        await TestHost.Eventually(() => host.In("solna", db => db.HeldActivities.CountAsync().ContinueWith(t => t.Result == 4)), "all four stored");

        var plan = (await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2024"))!;
        var progress = PlanJson.Target(plan, "Anordna Röd lördag en gång i månaden")["progress"]!;
        ((decimal)progress["done"]!, (decimal)progress["expectedByNow"]!, (decimal)progress["target"]!).ShouldBe((2m, 5m, 12m));
        ((string)progress["status"]!).ShouldBe("red");
        PlanJson.Done(PlanJson.Target(plan, "Minst 20 flygbladsutdelningar")).ShouldBe(4);
    }

    [Fact]
    public async Task The_per_person_target_counts_elected_officials_who_reached_the_quantity_this_semester()
    {
        await using var host = await BoardHost.Start(MidJune2024);
        var board = await host.Board();
        (await board.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        // Roles and officials are real members of the association; the outsider only attends.
        var (anna, bo, cecilia, outsider) = (await board.NewMemberId("solna", "P-1", "Anna", "woman"), await board.NewMemberId("solna", "P-2", "Bo", "man"),
            await board.NewMemberId("solna", "P-3", "Cecilia", "woman"), Guid.NewGuid());
        foreach (var (id, name, gender, role) in new[] { (anna, "Anna", "woman", "chair"), (bo, "Bo", "man", "member") })
            (await board.PostAsJsonAsync("/api/associations/solna/board/roles",
                new { memberId = id, name, gender, role, from = new DateOnly(2024, 2, 20) })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await board.PostAsJsonAsync("/api/associations/solna/board/elected-officials",
            new { memberId = cecilia, name = "Cecilia", gender = "woman", from = new DateOnly(2024, 1, 1) })).StatusCode.ShouldBe(HttpStatusCode.Created);

        // Anna and Cecilia at two leafletings this spring; Bo at one and one no-show; a member outside the group at three.
        var attendance = new List<AttendanceRecorded>
        {
            Attended(anna, new DateOnly(2024, 3, 2)), Attended(anna, new DateOnly(2024, 4, 6)),
            Attended(cecilia, new DateOnly(2024, 2, 3)), Attended(cecilia, new DateOnly(2024, 5, 4)),
            Attended(bo, new DateOnly(2024, 3, 2)), Attended(bo, new DateOnly(2024, 4, 6)) with { Outcome = AttendanceOutcome.NoShow },
            Attended(outsider, new DateOnly(2024, 3, 2)), Attended(outsider, new DateOnly(2024, 4, 6)), Attended(outsider, new DateOnly(2024, 5, 4)),
        };
        foreach (var a in attendance) await host.Publish(a);
        await TestHost.Eventually(() => host.In("solna", db => db.Attendances.CountAsync().ContinueWith(t => t.Result == attendance.Count)), "attendance stored");

        var plan = (await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2024"))!;
        var progress = PlanJson.Target(plan, "Varje förtroendevald närvarar på minst två flygbladsutdelningar per termin")["progress"]!;
        ((decimal)progress["done"]!, (decimal)progress["target"]!).ShouldBe((2m, 3m));
        // Half of the women among the elected officials? Two of three.
        ((decimal)PlanJson.Target(plan, "Minst hälften av de förtroendevalda är kvinnor")["progress"]!["done"]!).ShouldBe(66.7m);

        // In the autumn semester nobody has been out yet.
        var autumn = (await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2024?asOf=2024-09-01"))!;
        PlanJson.Done(PlanJson.Target(autumn, "Varje förtroendevald närvarar på minst två flygbladsutdelningar per termin")).ShouldBe(0);
    }

    [Fact]
    public async Task Hand_entered_figures_are_logged_for_targets_without_data_and_refused_where_data_exists()
    {
        await using var host = await BoardHost.Start(MidJune2024);
        var board = await host.Board();
        (await board.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var plan = (await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2024"))!;
        var budget = (string)PlanJson.Target(plan, "Minst ett medlemsmöte inför budgetförhandlingarna om vad vi ska prioritera")["id"]!;
        var leafletings = (string)PlanJson.Target(plan, "Minst 20 flygbladsutdelningar")["id"]!;

        (await board.PostAsJsonAsync($"/api/associations/solna/plans/2024/targets/{budget}/entries", new { value = 7, on = "2024-03-31", note = "Q1" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await board.PostAsJsonAsync($"/api/associations/solna/plans/2024/targets/{budget}/entries", new { value = 5, on = "2024-05-31" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var typedOver = await board.PostAsJsonAsync($"/api/associations/solna/plans/2024/targets/{leafletings}/entries", new { value = 20 });
        typedOver.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await typedOver.Content.ReadAsStringAsync()).ShouldContain("räknas fram ur data");
        var negative = await board.PostAsJsonAsync($"/api/associations/solna/plans/2024/targets/{budget}/entries", new { value = -3 });
        (await negative.Content.ReadAsStringAsync()).ShouldContain("value");

        plan = (await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2024"))!;
        PlanJson.Done(PlanJson.Target(plan, "Minst ett medlemsmöte inför budgetförhandlingarna om vad vi ska prioritera")).ShouldBe(12);
        PlanJson.Done(PlanJson.Target(plan, "Minst 20 flygbladsutdelningar")).ShouldBe(0);
    }

    [Fact]
    public async Task Goals_and_targets_added_by_hand_are_measured_like_the_templates()
    {
        await using var host = await BoardHost.Start(MidJune2024);
        var board = await host.Board("liljeholmen-hagersten");
        const string Base = "/api/associations/liljeholmen-hagersten/plans";
        (await board.PostAsJsonAsync(Base, new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var pillar = (await (await board.PostAsJsonAsync($"{Base}/2024/pillars", new { name = "Utåtriktat" })).Content.ReadFromJsonAsync<JsonNode>())!;
        var goal = (await (await board.PostAsJsonAsync($"{Base}/2024/goals", new { pillarId = (string)pillar["id"]!, text = "Synas i centrum" })).Content.ReadFromJsonAsync<JsonNode>())!;
        var bad = await board.PostAsJsonAsync($"{Base}/2024/targets", new { goalId = (string)goal["id"]!, text = "Torgmöten", kind = "Lots", quantity = 5, period = "Year" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("kind");
        (await board.PostAsJsonAsync($"{Base}/2024/targets", new { goalId = (string)goal["id"]!, text = "Torgmöten", kind = "ActivityCount", quantity = 5, period = "Year", subject = "square-meeting" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        await host.Publish(Held("liljeholmen-hagersten", Guid.NewGuid(), ActivityTypes.SquareMeeting, new DateOnly(2024, 4, 1)));

        await TestHost.Eventually(async () => PlanJson.Done(PlanJson.Target(
            (await board.GetFromJsonAsync<JsonNode>($"{Base}/2024"))!, "Torgmöten")) == 1, "the square meeting counted");
        (await host.In("liljeholmen-hagersten", db => db.Targets.CountAsync())).ShouldBe(1, "the refused target was not stored");
    }

    internal static ActivityHeld Held(string association, Guid id, string type, DateOnly date, string? rule = null) =>
        new(association, id, type, date, rule, null, false, 5, 0);

    private static AttendanceRecorded Attended(Guid member, DateOnly date) =>
        new("solna", Guid.NewGuid(), member, ActivityTypes.Leafleting, date, AttendanceOutcome.Attended);
}
