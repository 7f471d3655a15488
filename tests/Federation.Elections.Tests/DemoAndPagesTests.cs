using System.Net;
using System.Net.Http.Json;
using Federation.Elections.Domain;
using Federation.Platform.Modules;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Elections.Tests;

/// <summary>The demo elections (Solna's board under the zipper rule, Älvsjö-Hägersten's delegates and
/// substitutes to Representantskapet) and the pages that show them.</summary>
public sealed class DemoAndPagesTests : IAsyncLifetime
{
    private ElectionsHost h = null!;

    public async Task InitializeAsync()
    {
        h = await ElectionsHost.Start();
        foreach (var id in new[] { "solna", "alvsjo-hagersten" })
        {
            await using var scope = h.Host.Services.CreateAsyncScope();
            var association = scope.ServiceProvider.GetRequiredService<IAssociationDirectory>().Find(id)!;
            scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(association);
            await new ElectionsModule().SeedDemo(new DemoSeed(association, scope.ServiceProvider, 2026, new DateOnly(2026, 3, 1)), CancellationToken.None);
        }
    }

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task Solnas_demo_board_is_concluded_under_the_zipper_rule_and_its_protocol_page_shows_it()
    {
        var (scope, db) = h.Storage();
        Election board;
        await using (scope) board = await db.Elections.SingleAsync();
        board.Status.ShouldBe(ElectionStatus.Concluded);
        board.GenderRule.ShouldBe(GenderRules.Zipper);
        var outcome = Conclusion.Outcome.FromJson(board.OutcomeJson!);
        // Five seats: the zipper starts with a woman so that at least half of those elected are women (seed 002).
        outcome.Places.Select(p => p.Gender).ShouldBe(["woman", "man", "woman", "man", "woman"]);

        var page = WebUtility.HtmlDecode(await h.Board.GetStringAsync($"/a/solna/elections/{board.Id}/protocol"));
        page.ShouldContain("Styrelseledamöter");
        page.ShouldContain("blixtlås");
        page.ShouldContain("<td class=\"codes-issued\">31</td>");
        page.ShouldContain("<td class=\"cast\">29</td>");
        (await h.Board.GetStringAsync("/a/solna/elections")).ShouldContain($"/a/solna/elections/{board.Id}");
        (await h.Board.GetStringAsync($"/a/solna/elections/{board.Id}")).ShouldContain("valberedningens förslag");
        (await h.Board.GetStringAsync($"/a/solna/elections/{board.Id}/manage")).ShouldContain($"/a/solna/elections/{board.Id}/protocol");
    }

    [Fact]
    public async Task The_tellers_page_shows_where_the_tellers_differ()
    {
        var meeting = await h.Meeting();
        var auditors = await h.Election(meeting, new { position = "auditors", seats = 2, method = "approval" });
        await h.Candidates(auditors, ("Ada", "woman"), ("Bo", "man"), ("Cy", "man"));
        await h.Post($"/{auditors}/open", new { mode = "paper" });
        await h.Roll(meeting, 2);
        await h.Put($"/{auditors}/piles/Kim", new { papers = new[] { new { preferences = new[] { 1, 2 }, invalid = false }, new { preferences = new[] { 3 }, invalid = false } } });
        await h.Put($"/{auditors}/piles/Lo", new { papers = new[] { new { preferences = new[] { 1, 2 }, invalid = false }, new { preferences = new[] { 2 }, invalid = false } } });
        var page = WebUtility.HtmlDecode(await h.Board.GetStringAsync($"/a/solna/elections/{auditors}/tellers"));
        page.ShouldContain("<tr><td>2</td><td>3</td><td>2</td></tr>");
    }

    [Fact]
    public async Task Alvsjo_Hagerstens_demo_has_five_delegates_and_five_ordered_substitutes_to_Representantskapet()
    {
        var token = await h.Host.TokenFor("styrelse@alvsjo-hagersten.test", "alvsjo-hagersten", "board");
        var client = h.Host.Client(token);
        var meetings = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/associations/alvsjo-hagersten/elections/meetings");
        var meeting = meetings.GetProperty("items")[0].GetProperty("id").GetGuid();
        var details = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/associations/alvsjo-hagersten/elections/meetings/{meeting}");
        var elections = details.GetProperty("elections").EnumerateArray().ToList();
        elections.Select(e => e.GetProperty("position").GetString()).ShouldBe(["delegates:Representantskapet", "substitutes:Representantskapet"]);
        elections.ShouldAllBe(e => e.GetProperty("status").GetString() == "concluded" && e.GetProperty("elected").GetArrayLength() == 5);
        // Pairwise: no pair of substitutes is two men.
        var substitutes = elections[1].GetProperty("elected").EnumerateArray().Select(p => p.GetProperty("gender").GetString()).ToList();
        for (var i = 0; i + 1 < substitutes.Count; i += 2) (substitutes[i] == "man" && substitutes[i + 1] == "man").ShouldBeFalse();
    }
}
