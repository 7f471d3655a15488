using Federation.Board.Contracts;
using Federation.Elections.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Federation.Board.Tests;

/// <summary>The board: roles and terms, required functions from the plugins, elections consumed, role events published.</summary>
public sealed class BoardTests
{
    private static readonly DateTimeOffset May2024 = new(2024, 5, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_missing_required_function_shows_and_the_presence_target_follows_the_board()
    {
        await using var host = await BoardHost.Start(May2024);
        var board = await host.Board();
        (await board.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        foreach (var (name, role) in new[] { ("Anna", "chair"), ("Bo", "vice-chair"), ("Cia", "member-officer"), ("Dan", "internal-feminist-officer") })
            (await board.PostAsJsonAsync("/api/associations/solna/board/roles",
                new { memberId = await board.NewMemberId("solna", $"R-{name}", name, "woman"), name, gender = "woman", role, from = "2024-02-20", until = "2025-02-28" }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);

        var view = (await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/board"))!;
        view["missingFunctions"]!.AsArray().Select(f => (string)f!).ShouldBe(["treasurer", "antiracist-officer"]);
        var plan = (await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2024"))!;
        ((string)PlanJson.Target(plan, "Antirasistisk ansvarig")["progress"]!["status"]!).ShouldBe("red");
        ((string)PlanJson.Target(plan, "Ordförande")["progress"]!["status"]!).ShouldBe("green");

        // Without a plugin of its own the platform default applies (chair, treasurer), and the district's officers too.
        var other = (await (await host.Board("liljeholmen-hagersten")).GetFromJsonAsync<JsonNode>("/api/associations/liljeholmen-hagersten/board"))!;
        other["missingFunctions"]!.AsArray().Select(f => (string)f!).ShouldBe(["chair", "treasurer", "internal-feminist-officer", "antiracist-officer"]);
    }

    [Fact]
    public async Task Role_changes_publish_BoardRoleAssigned_and_BoardRoleEnded()
    {
        await using var host = await BoardHost.Start(May2024);
        var board = await host.Board();
        var anna = await board.NewMemberId("solna", "R-1", "Anna", "woman");
        var created = (await (await board.PostAsJsonAsync("/api/associations/solna/board/roles",
            new { memberId = anna, name = "Anna", gender = "woman", role = "treasurer", from = "2024-02-20" })).Content.ReadFromJsonAsync<JsonNode>())!;
        (await board.PostAsJsonAsync($"/api/associations/solna/board/roles/{(string)created["id"]!}/end", new { endedOn = "2024-04-30" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var again = await board.PostAsJsonAsync($"/api/associations/solna/board/roles/{(string)created["id"]!}/end", new { endedOn = "2024-05-01" });
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        host.Host.Published.In("solna").Select(e => e.GetType()).Where(t => t.Namespace == typeof(BoardRoleAssigned).Namespace)
            .ShouldBe([typeof(BoardRoleAssigned), typeof(BoardRoleEnded)], "the board's own events (membership published that Anna joined)");
        var view = (await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/board"))!;
        view["roles"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task An_annual_meetings_election_replaces_the_chair_and_the_board_members()
    {
        await using var host = await BoardHost.Start(May2024);
        var board = await host.Board();
        var old = await board.NewMemberId("solna", "R-0", "Gammal", "man");
        (await board.PostAsJsonAsync("/api/associations/solna/board/roles",
            new { memberId = old, name = "Gammal", gender = "man", role = "chair", from = "2023-02-20" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        Guid anna = Guid.NewGuid(), bo = Guid.NewGuid();
        var heldOn = new DateOnly(2024, 2, 25);
        await host.Publish(new ElectionConcluded("solna", Guid.NewGuid(), "chair", heldOn, heldOn, new DateOnly(2025, 2, 28),
            [new ElectedPerson(anna, "Anna", 1, "woman")]));
        await host.Publish(new ElectionConcluded("solna", Guid.NewGuid(), "board", heldOn, heldOn, new DateOnly(2025, 2, 28),
            [new ElectedPerson(bo, "Bo", 1, "man"), new ElectedPerson(null, "Gäst utan medlemskap", 2, "whatever")]));
        await host.Publish(new ElectionConcluded("solna", Guid.NewGuid(), "auditors", heldOn, heldOn, null, [new ElectedPerson(Guid.NewGuid(), "Revisor", 1, "man")]));
        await TestHost.Eventually(() => host.In("solna", db => db.Roles.CountAsync().ContinueWith(t => t.Result == 4)), "the elections applied");

        var view = (await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/board"))!;
        view["roles"]!.AsArray().Select(r => ((string)r!["name"]!, (string)r["role"]!, (string)r["gender"]!))
            .ShouldBe([("Anna", "chair", "woman"), ("Bo", "member", "man"), ("Gäst utan medlemskap", "member", "not-stated")]);
        var ended = await host.In("solna", db => db.Roles.SingleAsync(r => r.MemberId == old));
        ended.EndedOn.ShouldBe(heldOn);
    }
}
