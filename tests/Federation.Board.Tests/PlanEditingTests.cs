using Microsoft.EntityFrameworkCore;

namespace Federation.Board.Tests;

/// <summary>Editing and removing goals and targets: validation, archiving what holds recorded figures, and the change log.</summary>
public sealed class PlanEditingTests
{
    private const string Api = "/api/associations/solna/plans/2024";

    [Fact]
    public async Task A_target_is_edited_through_the_api_and_bad_input_is_refused_naming_the_field_without_changing_it()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 5, 2, 10, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        (await board.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var plan = (await board.GetFromJsonAsync<JsonNode>(Api))!;
        var leafleting = (string)PlanJson.Target(plan, "Minst 20 flygbladsutdelningar")["id"]!;

        var ok = await board.PutAsJsonAsync($"{Api}/targets/{leafleting}",
            new { text = "Minst 25 flygbladsutdelningar", kind = "ActivityCount", quantity = 25, period = "Year", subject = "leafleting" });
        ok.StatusCode.ShouldBe(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
        foreach (var (body, field) in new (object, string)[]
        {
            (new { text = "X", kind = "Lottery", quantity = 25, period = "Year" }, "kind"),
            (new { text = "X", kind = "ActivityCount", quantity = 0, period = "Year" }, "quantity"),
            (new { text = " ", kind = "ActivityCount", quantity = 25, period = "Year" }, "text"),
            (new { text = "X", kind = "Share", quantity = 120, period = "Year" }, "quantity"),
            (new { text = "X", kind = "ActivityCount", quantity = 25, period = "Decade" }, "period"),
        })
        {
            var refused = await board.PutAsJsonAsync($"{Api}/targets/{leafleting}", body);
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await refused.Content.ReadFromJsonAsync<JsonNode>())!["errors"]![field].ShouldNotBeNull(field);
        }

        var target = PlanJson.Target((await board.GetFromJsonAsync<JsonNode>(Api))!, "Minst 25 flygbladsutdelningar");
        ((decimal)target["quantity"]!, (decimal)target["progress"]!["target"]!).ShouldBe((25m, 25m));

        var goal = (string)PlanJson.Goal(plan, "Anordna minst 20 flygbladsutdelningar.")["id"]!;
        (await board.PutAsJsonAsync($"{Api}/goals/{goal}", new { text = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await board.PutAsJsonAsync($"{Api}/goals/{goal}", new { text = "Anordna minst 25 flygbladsutdelningar." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        PlanJson.Goal((await board.GetFromJsonAsync<JsonNode>(Api))!, "Anordna minst 25 flygbladsutdelningar.").ShouldNotBeNull();

        // Another association cannot reach Solna's target through its own plan.
        var alvsjo = await host.Board("alvsjo-hagersten");
        (await alvsjo.PostAsJsonAsync("/api/associations/alvsjo-hagersten/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var foreign = await alvsjo.DeleteAsync($"/api/associations/alvsjo-hagersten/plans/2024/targets/{leafleting}");
        foreign.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await host.In("solna", db => db.Targets.AnyAsync(t => t.Text == "Minst 25 flygbladsutdelningar"))).ShouldBeTrue();
    }

    [Fact]
    public async Task A_target_with_hand_entered_figures_is_archived_not_deleted_and_can_be_restored_with_its_figures()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 5, 2, 10, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        (await board.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var plan = (await board.GetFromJsonAsync<JsonNode>(Api))!;
        var budget = (string)PlanJson.Target(plan, "Minst ett medlemsmöte inför budgetförhandlingarna om vad vi ska prioritera")["id"]!;
        var squares = (string)PlanJson.Target(plan, "Minst 10 torgmöten")["id"]!;
        (await board.PostAsJsonAsync($"{Api}/targets/{budget}/entries", new { value = 7, on = "2024-04-30" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var archived = await board.DeleteAsync($"{Api}/targets/{budget}");
        ((string)(await archived.Content.ReadFromJsonAsync<JsonNode>())!["outcome"]!).ShouldBe("archived");
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var removed = await board.DeleteAsync($"{Api}/targets/{squares}");
        ((string)(await removed.Content.ReadFromJsonAsync<JsonNode>())!["outcome"]!).ShouldBe("removed");

        plan = (await board.GetFromJsonAsync<JsonNode>(Api))!;
        PlanJson.Targets(plan).ShouldNotContain("Minst ett medlemsmöte inför budgetförhandlingarna om vad vi ska prioritera");
        PlanJson.Targets(plan).ShouldNotContain("Minst 10 torgmöten");
        (await host.In("solna", db => db.TargetEntries.CountAsync())).ShouldBe(1);
        (await host.In("solna", db => db.Targets.AnyAsync(t => t.Text == "Minst 10 torgmöten"))).ShouldBeFalse();
        (await board.GetFromJsonAsync<JsonNode>($"{Api}/report"))!["text"]!.ToString().ShouldNotContain("Minst ett medlemsmöte inför budgetförhandlingarna om vad vi ska prioritera");

        (await board.PostAsync($"{Api}/archived/{squares}/restore", null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        (await board.PostAsync($"{Api}/archived/{budget}/restore", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        PlanJson.Done(PlanJson.Target((await board.GetFromJsonAsync<JsonNode>(Api))!, "Minst ett medlemsmöte inför budgetförhandlingarna om vad vi ska prioritera")).ShouldBe(7);

        var changes = (await board.GetFromJsonAsync<JsonNode>($"{Api}/changes"))!["items"]!.AsArray();
        changes.Select(c => $"{c!["subject"]} {c["action"]} {c["by"]}").ShouldBe(
            ["target restored styrelse <styrelse@solna.test>", "target removed styrelse <styrelse@solna.test>", "target archived styrelse <styrelse@solna.test>"]);
        ((string)changes[2]!["description"]!).ShouldStartWith("Minst ett medlemsmöte inför budgetförhandlingarna om vad vi ska prioritera");
    }

    [Fact]
    public async Task A_goal_commented_on_in_a_follow_up_is_archived_and_an_untouched_goal_goes_with_its_targets()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 5, 2, 10, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        (await board.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var plan = (await board.GetFromJsonAsync<JsonNode>(Api))!;
        var leafleting = (string)PlanJson.Goal(plan, "Anordna minst 20 flygbladsutdelningar.")["id"]!;
        var squares = (string)PlanJson.Goal(plan, "Anordna minst 10 torgmöten.")["id"]!;
        (await board.PostAsJsonAsync($"{Api}/follow-ups", new { heldOn = "2024-04-20", comments = new[] { new { goalId = leafleting, text = "Halvvägs" } } }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        ((string)(await (await board.DeleteAsync($"{Api}/goals/{leafleting}")).Content.ReadFromJsonAsync<JsonNode>())!["outcome"]!).ShouldBe("archived");
        ((string)(await (await board.DeleteAsync($"{Api}/goals/{squares}")).Content.ReadFromJsonAsync<JsonNode>())!["outcome"]!).ShouldBe("removed");

        plan = (await board.GetFromJsonAsync<JsonNode>(Api))!;
        PlanJson.Targets(plan).ShouldNotContain("Minst 20 flygbladsutdelningar");
        PlanJson.Targets(plan).ShouldNotContain("Minst 10 torgmöten");
        (await host.In("solna", db => db.Targets.AnyAsync(t => t.Text == "Minst 10 torgmöten"))).ShouldBeFalse();
        var history = (await board.GetFromJsonAsync<JsonNode>($"{Api}/follow-ups"))!["items"]!.AsArray().Single()!;
        ((string)history["comments"]![0]!["goal"]!).ShouldBe("Anordna minst 20 flygbladsutdelningar.", "the archived goal's text stays with the comment");
    }

    [Fact]
    public async Task The_board_edits_and_archives_on_the_edit_page_and_sees_who_changed_what()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 5, 2, 10, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        (await board.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var plan = (await board.GetFromJsonAsync<JsonNode>(Api))!;
        var leafleting = (string)PlanJson.Target(plan, "Minst 20 flygbladsutdelningar")["id"]!;
        var budget = (string)PlanJson.Target(plan, "Minst ett medlemsmöte inför budgetförhandlingarna om vad vi ska prioritera")["id"]!;
        (await board.PostAsJsonAsync($"{Api}/targets/{budget}/entries", new { value = 3 })).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await board.Page("/a/solna/plan?year=2024")).ShouldContain("Ändra mål och delmål");
        (await board.Page("/a/solna/plan/edit?year=2024")).ShouldContain("Minst 20 flygbladsutdelningar");

        var url = $"/a/solna/plan/edit?year=2024&target={leafleting}";
        var form = await board.Page(url);
        form.ShouldContain("value=\"Minst 20 flygbladsutdelningar\"");
        var refused = await board.Post(url, "edit-target", new()
        {
            ["TargetInput.Text"] = "Minst 30 flygbladsutdelningar", ["TargetInput.Kind"] = "ActivityCount",
            ["TargetInput.Quantity"] = "0", ["TargetInput.Period"] = "Year", ["TargetInput.Subject"] = "leafleting",
        });
        refused.ShouldContain("Antalet måste vara större än noll.");
        refused.ShouldContain("value=\"Minst 30 flygbladsutdelningar\"", customMessage: "what was typed is kept");
        PlanJson.Targets((await board.GetFromJsonAsync<JsonNode>(Api))!).ShouldContain("Minst 20 flygbladsutdelningar");

        var saved = await board.Post(url, "edit-target", new()
        {
            ["TargetInput.Text"] = "Minst 30 flygbladsutdelningar", ["TargetInput.Kind"] = "ActivityCount",
            ["TargetInput.Quantity"] = "30", ["TargetInput.Period"] = "Year", ["TargetInput.Subject"] = "leafleting",
        });
        saved.ShouldContain("Delmålet är sparat.");
        (await board.Page("/a/solna/plan?year=2024")).ShouldContain("Minst 30 flygbladsutdelningar");

        var budgetUrl = $"/a/solna/plan/edit?year=2024&target={budget}";
        (await board.Page(budgetUrl)).ShouldContain("Arkivera delmålet");
        var archived = await board.Post(budgetUrl, "remove-target", new());
        archived.ShouldContain("Arkiverat: det syns inte längre i planen");
        (await board.Page("/a/solna/plan?year=2024")).ShouldNotContain("Minst ett medlemsmöte inför budgetförhandlingarna om vad vi ska prioritera");

        var log = await board.Page("/a/solna/plan/edit?year=2024");
        log.ShouldContain("Delmål: Minst ett medlemsmöte inför budgetförhandlingarna om vad vi ska prioritera");
        log.ShouldContain("Delmål arkiverat: Minst ett medlemsmöte inför budgetförhandlingarna om vad vi ska prioritera");
        log.ShouldContain("Delmål ändrat: Minst 20 flygbladsutdelningar (ActivityCount, 20, Year, leafleting) → Minst 30 flygbladsutdelningar (ActivityCount, 30, Year, leafleting)");
        log.ShouldContain("<td>styrelse</td>");

        var restored = await board.Post("/a/solna/plan/edit?year=2024", "restore", new() { ["RestoreId"] = budget });
        restored.ShouldContain("Återställt i planen.");
        (await board.Page("/a/solna/plan?year=2024")).ShouldContain("Minst ett medlemsmöte inför budgetförhandlingarna om vad vi ska prioritera");
    }

    [Fact]
    public async Task A_member_sees_no_edit_link_and_cannot_open_the_edit_page()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 5, 2, 10, 0, 0, TimeSpan.Zero));
        (await (await host.Board()).PostAsJsonAsync("/api/associations/solna/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var member = host.Host.Client(await host.Host.TokenFor("medlem@solna.test", "solna", "member"));
        (await member.Page("/a/solna/plan?year=2024")).ShouldNotContain("Ändra mål och delmål");
        (await member.GetAsync("/a/solna/plan/edit?year=2024")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.Found);
        (await member.DeleteAsync("/api/associations/solna/plans/2024/goals/" + Guid.NewGuid())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
