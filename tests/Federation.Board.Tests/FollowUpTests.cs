namespace Federation.Board.Tests;

/// <summary>Follow-ups of the plan (uppföljning) and the reminder when one is due.</summary>
public sealed class FollowUpTests
{
    [Fact]
    public async Task Solna_2024_is_reminded_after_half_the_year_without_a_follow_up_until_one_is_recorded()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 7, 10, 10, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        (await board.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var plan = (await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2024"))!;
        ((int)plan["followUp"]!["perYear"]!, (int)plan["followUp"]!["dueByNow"]!, (bool)plan["followUp"]!["due"]!).ShouldBe((2, 1, true));

        var goal = (string)plan["pillars"]![0]!["goals"]![0]!["id"]!;
        var unknownGoal = await board.PostAsJsonAsync("/api/associations/solna/plans/2024/follow-ups",
            new { heldOn = "2024-07-01", comments = new[] { new { goalId = Guid.NewGuid(), text = "?" } } });
        unknownGoal.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await board.PostAsJsonAsync("/api/associations/solna/plans/2024/follow-ups",
            new { heldOn = "2024-07-01", note = "Halvårsuppföljning", comments = new[] { new { goalId = goal, text = "Alla nya har fått sms." } } }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        plan = (await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2024"))!;
        ((int)plan["followUp"]!["recorded"]!, (bool)plan["followUp"]!["due"]!).ShouldBe((1, false));
        var counted = PlanJson.Target(plan, "Styrelsen följer upp målsättningar minst 2 gånger per år")["progress"]!;
        ((decimal)counted["done"]!, (string)counted["status"]!).ShouldBe((1m, "green"));
    }

    [Fact]
    public async Task An_association_whose_plan_sets_no_number_is_never_told_a_follow_up_is_due()
    {
        // Only Solna's 2024 plan says how often; a platform-wide "twice a year" was in no seed.
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 11, 10, 10, 0, 0, TimeSpan.Zero));
        var board = await host.Board("alvsjo-hagersten");
        (await board.PostAsJsonAsync("/api/associations/alvsjo-hagersten/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var plan = (await board.GetFromJsonAsync<JsonNode>("/api/associations/alvsjo-hagersten/plans/2024"))!;
        ((int)plan["followUp"]!["perYear"]!, (int)plan["followUp"]!["dueByNow"]!, (bool)plan["followUp"]!["due"]!).ShouldBe((0, 0, false));
        (await board.Page("/a/alvsjo-hagersten/plan?year=2024")).ShouldNotContain("Uppföljning behövs");
        (await board.Page("/a/alvsjo-hagersten/plan/follow-ups?year=2024")).ShouldContain("Föreningens verksamhetsplan säger inte hur ofta planen följs upp.");
    }

    [Fact]
    public async Task The_follow_up_form_takes_comments_on_several_goals_and_the_history_shows_them()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 9, 10, 10, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        (await board.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var plan = (await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2024"))!;
        var leafleting = (string)PlanJson.Goal(plan, "Anordna minst 20 flygbladsutdelningar.")["id"]!;
        var squares = (string)PlanJson.Goal(plan, "Anordna minst 10 torgmöten.")["id"]!;
        const string url = "/a/solna/plan/follow-ups?year=2024";

        var page = await board.Page(url);
        page.ShouldContain("Ingen uppföljning är gjord än.");
        page.ShouldContain("Anordna minst 10 torgmöten.");
        (await board.Page("/a/solna/plan?year=2024")).ShouldContain("Uppföljning behövs");

        var empty = await board.Post(url, "follow-up", new() { ["Input.HeldOn"] = "2024-09-09" });
        empty.ShouldContain("Skriv en anteckning eller en kommentar till minst ett mål.");
        (await host.In("solna", db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.FollowUps))).ShouldBe(0);

        var saved = await board.Post(url, "follow-up", new()
        {
            ["Input.HeldOn"] = "2024-09-09", ["Input.Note"] = "Höstens första styrelsemöte",
            ["Input.Comments[0].GoalId"] = leafleting, ["Input.Comments[0].Text"] = "Tolv hittills, i fas.",
            ["Input.Comments[1].GoalId"] = squares, ["Input.Comments[1].Text"] = "Bara tre: boka torget i oktober.",
            ["Input.Comments[2].GoalId"] = (string)PlanJson.Goal(plan, "Använda oss av konceptet Röd lördag.")["id"]!, ["Input.Comments[2].Text"] = "",
        });
        saved.ShouldContain("Uppföljningen är sparad.");
        saved.ShouldContain("2024-09-09");
        saved.ShouldContain("Tolv hittills, i fas.");
        saved.ShouldContain("Bara tre: boka torget i oktober.");
        saved.ShouldContain("av styrelse");

        var history = (await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2024/follow-ups"))!;
        ((int)history["total"]!).ShouldBe(1);
        history["items"]![0]!["comments"]!.AsArray().Select(c => $"{c!["goal"]}: {c["text"]}").ShouldBe(
            ["Anordna minst 20 flygbladsutdelningar.: Tolv hittills, i fas.", "Anordna minst 10 torgmöten.: Bara tre: boka torget i oktober."]);
        (await board.Page("/a/solna/plan?year=2024")).ShouldNotContain("Uppföljning behövs");
    }
}
