using System.Net;
using System.Text.Json;
using Federation.Elections.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Federation.Elections.Tests;

/// <summary>The statutes' majority rule with its re-vote as a linked second round: seats the first
/// round leaves open go to a re-vote among the highest non-elected (at most twice as many as the open
/// seats), counted by most votes; the result, the protocol and the board show both rounds.</summary>
public sealed class MajorityReVoteTests : IAsyncLifetime
{
    private ElectionsHost h = null!;

    public async Task InitializeAsync() => h = await ElectionsHost.Start();

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task Open_seats_go_to_a_linked_re_vote_and_both_rounds_make_one_result_that_reaches_the_board()
    {
        var meeting = await h.Meeting();
        var board = await h.Election(meeting, new { position = "board", seats = 3, method = "majority", termFrom = "2026-03-14", termUntil = "2027-03-13" });
        await h.Candidates(board, ("Ada", "woman"), ("Bo", "man"), ("Cia", "woman"), ("Dan", "man"), ("Eva", "woman"), ("Fred", "man"));
        await h.Post($"/{board}/open", new { mode = "digital" });
        var voters = await h.Roll(meeting, 10);
        var codes = await h.CodesFor(board);
        // Ada 7, Bo 5, Cia 4, Dan 4, Eva 3, Fred 1 of 10 valid papers: only Ada has more than half.
        int[][] papers = [[1, 2, 3], [1, 2, 3], [1, 2, 4], [1, 2, 4], [1, 2, 5], [1, 3, 4], [1, 3, 4], [5, 6], [5], [5]];
        for (var i = 0; i < papers.Length; i++) await h.Vote(board, codes[i], papers[i]);

        var first = await h.Post($"/{board}/conclude", new { seed = 11 });
        first.GetProperty("places").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldBe(["Ada"]);
        var reVote = first.GetProperty("reVoteId").GetGuid();

        // Two seats open: Bo, Cia, Dan and Eva (twice two) go to the re-vote, counted by most votes.
        var second = await h.Get($"/{reVote}");
        var election = second.GetProperty("election");
        (election.GetProperty("firstRoundId").GetGuid(), election.GetProperty("seats").GetInt32(), election.GetProperty("method").GetString(),
            election.GetProperty("status").GetString(), election.GetProperty("votingMode").GetString()).ShouldBe((board, 2, "plurality", "voting", "digital"));
        var ballot = second.GetProperty("candidates").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("ballotNumber").GetInt32());
        ballot.Keys.ShouldBe(["Bo", "Cia", "Dan", "Eva"], ignoreOrder: true);

        // The first round alone tells the board nothing yet.
        h.Host.Published.Of<ElectionConcluded>().ShouldBeEmpty();
        var firstProtocol = WebUtility.HtmlDecode(await h.Board.GetStringAsync($"/a/solna/elections/{board}/protocol"));
        firstProtocol.ShouldContain("2 platser fick ingen kandidat med egen majoritet: omval mellan");
        firstProtocol.ShouldContain($"/a/solna/elections/{reVote}");
        firstProtocol.ShouldContain("Valda i första omgången");
        (await h.Board.GetStringAsync($"/a/solna/elections/{board}")).ShouldContain("omval (andra omgången)");
        (await h.Board.GetStringAsync($"/a/solna/elections/meetings/{meeting}")).ShouldContain("andra omgången");

        // Everyone present gets a new code for the re-vote; Dan 3, Eva 2, Bo 1.
        var again = await h.CodesFor(reVote);
        again.Count.ShouldBe(10);
        int[][] second_ = [[ballot["Dan"], ballot["Eva"]], [ballot["Dan"], ballot["Eva"]], [ballot["Dan"]], [ballot["Bo"]]];
        for (var i = 0; i < second_.Length; i++) await h.Vote(reVote, again[i], second_[i]);
        var final = await h.Post($"/{reVote}/conclude", new { seed = 12 });
        final.GetProperty("places").EnumerateArray().Select(p => (p.GetProperty("rank").GetInt32(), p.GetProperty("name").GetString()))
            .ShouldBe([(1, "Ada"), (2, "Dan"), (3, "Eva")]);

        var protocol = WebUtility.HtmlDecode(await h.Board.GetStringAsync($"{h.Api}/{reVote}/protocol"));
        protocol.ShouldContain("Andra omgången (omval enligt stadgarna)");
        protocol.ShouldContain($"/a/solna/elections/{board}/protocol");
        protocol.ShouldContain("Valda, båda omgångarna");
        protocol.ShouldContain("<ol class=\"elected\"><li>Ada</li><li>Dan</li><li>Eva</li></ol>");

        // One message for the position with both rounds' elected; the board module takes them as its members.
        await h.Host.Deliver();
        h.Host.Published.Of<ElectionConcluded>().ShouldHaveSingleItem().Elected.Select(e => e.Name).ShouldBe(["Ada", "Dan", "Eva"]);
        var members = JsonDocument.Parse(await h.Board.GetStringAsync("/api/associations/solna/board?on=2026-04-01")).RootElement
            .GetProperty("roles").EnumerateArray().Where(r => r.GetProperty("role").GetString() == "member").Select(r => r.GetProperty("name").GetString());
        members.ShouldBe(["Ada", "Dan", "Eva"], ignoreOrder: true);
    }

    [Fact]
    public async Task When_every_seat_has_a_majority_there_is_no_second_round()
    {
        var meeting = await h.Meeting();
        var auditors = await h.Election(meeting, new { position = "auditors", seats = 2, method = "majority" });
        await h.Candidates(auditors, ("Ada", "woman"), ("Bo", "man"), ("Cy", "man"));
        await h.Post($"/{auditors}/open", new { mode = "digital" });
        var codes = await h.Codes(auditors, 3);
        foreach (var code in codes) await h.Vote(auditors, code, 1, 2);
        var outcome = await h.Post($"/{auditors}/conclude", new { seed = 1 });
        outcome.GetProperty("reVoteId").ValueKind.ShouldBe(JsonValueKind.Null);
        (await h.Get($"/meetings/{meeting}")).GetProperty("elections").GetArrayLength().ShouldBe(1);
    }
}
