using System.Net;
using System.Text.Json;

namespace Federation.Elections.Tests;

/// <summary>Paper ballots: two tellers enter the same pile; the module shows where they differ and
/// counts only when they agree. Älvsjö-Hägersten's five delegates to Representantskapet (seed 001).</summary>
public sealed class TellerTests : IAsyncLifetime
{
    private ElectionsHost h = null!;
    private Guid delegates;

    public async Task InitializeAsync()
    {
        h = await ElectionsHost.Start("alvsjo-hagersten");
        var meeting = await h.Meeting();
        delegates = await h.Election(meeting, new { position = "delegates:Representantskapet", seats = 5, method = "approval", genderRule = "half-women" });
        await h.Candidates(delegates, ("A", "woman"), ("B", "man"), ("C", "man"), ("D", "man"), ("E", "woman"), ("F", "man"), ("G", "woman"));
        await h.Post($"/{delegates}/open", new { mode = "paper" });
        await h.Roll(meeting, 8);
    }

    public async Task DisposeAsync() => await h.DisposeAsync();

    private static object Pile(params int[][] papers) =>
        new { papers = papers.Select(p => p.Length == 1 && p[0] == 0 ? new { preferences = Array.Empty<int>(), invalid = true } : new { preferences = p, invalid = false }) };

    [Fact]
    public async Task Differences_between_the_tellers_are_shown_paper_by_paper_and_block_the_count_until_corrected()
    {
        int[][] pile = [[1, 2, 3, 4, 5], [2, 3, 4], [1, 5, 6], [0], [], [2, 3, 4, 6, 7]];
        await h.Put($"/{delegates}/piles/Kim", Pile(pile));
        int[][] misread = [[1, 2, 3, 4, 5], [2, 3, 7], [1, 5, 6], [], [], [2, 3, 4, 6, 7]];
        var comparison = await h.Put($"/{delegates}/piles/Lo", Pile(misread));

        comparison.GetProperty("agree").GetBoolean().ShouldBeFalse();
        var differences = comparison.GetProperty("differences").EnumerateArray().ToList();
        differences.Select(d => d.GetProperty("paper").GetInt32()).ShouldBe([2, 4]);
        differences[0].GetProperty("readings").GetProperty("Kim").GetString().ShouldBe("2 3 4");
        differences[0].GetProperty("readings").GetProperty("Lo").GetString().ShouldBe("2 3 7");
        differences[1].GetProperty("readings").GetProperty("Kim").GetString().ShouldBe("ogiltig");
        differences[1].GetProperty("readings").GetProperty("Lo").GetString().ShouldBe("blank");

        var refused = await h.Post($"/{delegates}/conclude", new { seed = 3 }, HttpStatusCode.BadRequest);
        refused.GetProperty("errors").GetProperty("papers")[0].GetString().ShouldBe("Rösträknarnas inmatningar skiljer sig åt på valsedel 2, 4; rätta dem innan rösterna räknas.");
        (await h.Get($"/{delegates}")).GetProperty("election").GetProperty("status").GetString().ShouldBe("voting");

        // Lo re-enters the pile correctly; now they agree and the election is counted.
        (await h.Put($"/{delegates}/piles/Lo", Pile(pile))).GetProperty("agree").GetBoolean().ShouldBeTrue();
        var outcome = await h.Post($"/{delegates}/conclude", new { seed = 3 });
        var tally = outcome.GetProperty("tally");
        (tally.GetProperty("cast").GetInt32(), tally.GetProperty("blank").GetInt32(), tally.GetProperty("invalid").GetInt32()).ShouldBe((6, 1, 1));
        // Votes: A2 B3 C3 D3 E2 F2 G1 → B, C, D, then A, E, F tied at 2 for two seats (drawn with seed 3); at least
        // half must be women, so all three women (A, E, G) are elected and two of the men.
        var places = outcome.GetProperty("places").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        places.Count.ShouldBe(5);
        places.Count(p => p is "A" or "E" or "G").ShouldBe(3);
        var html = WebUtility.HtmlDecode(await h.Board.GetStringAsync($"{h.Api}/{delegates}/protocol"));
        html.ShouldContain("lot");
        html.ShouldContain("<td class=\"invalid\">1</td>");
        html.ShouldContain("före D (minst hälften av de valda ska vara kvinnor)");
    }

    [Fact]
    public async Task A_malformed_paper_is_refused_naming_it_and_the_pile_already_entered_is_kept()
    {
        await h.Put($"/{delegates}/piles/Kim", Pile([1, 2], [3]));
        var bad = await h.Put($"/{delegates}/piles/Kim", Pile([1, 2], [1, 2, 3, 4, 5, 6]), HttpStatusCode.BadRequest);
        bad.GetProperty("errors").GetProperty("papers")[0].GetString().ShouldBe("röstsedel 2: högst 5 kandidater får kryssas, inte 6");
        (await h.Get($"/{delegates}/teller-differences")).GetProperty("papersPerTeller").GetProperty("Kim").GetInt32().ShouldBe(2);
        var (scope, db) = h.Storage();
        await using (scope)
            db.PaperBallots.OrderBy(p => p.Number).Select(p => p.Preferences).ToList().ShouldBe(["1 2", "3"]);
    }

    [Fact]
    public async Task Digital_codes_are_refused_for_a_paper_election()
    {
        (await h.Post($"/{delegates}/codes", new { }, HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("mode")[0].GetString().ShouldBe("Det här valet röstas på papper, inte digitalt.");
    }
}
