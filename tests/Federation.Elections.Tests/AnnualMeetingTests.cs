using System.Net;
using System.Text.Json;
using Federation.Elections.Contracts;
using Federation.Elections.Counting;
using Microsoft.EntityFrameworkCore;

namespace Federation.Elections.Tests;

/// <summary>An annual meeting's board election through the API, from the committee's proposal to
/// the protocol and the ElectionConcluded message.</summary>
public sealed class AnnualMeetingTests : IAsyncLifetime
{
    private ElectionsHost h = null!;

    public async Task InitializeAsync() => h = await ElectionsHost.Start();

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task A_board_election_flows_from_proposal_to_protocol_and_ElectionConcluded_is_delivered()
    {
        var meeting = await h.Meeting();
        var board = await h.Election(meeting, new { position = "board", seats = 3, method = "scottish-stv", genderRule = "zipper", termFrom = "2026-03-14", termUntil = "2027-03-13" });

        // The nomination committee proposes, with motivation and order; a member and the floor add more.
        var anna = (await h.Post($"/{board}/proposals", new { name = "Anna Ek", gender = "woman", motivation = "Erfaren kassör.", proposalRank = 2 }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var bo = (await h.Post($"/{board}/proposals", new { name = "Bo Ström", gender = "man", motivation = "Leder studiecirklarna.", proposalRank = 1 }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var carl = (await h.Post($"/{board}/nominations", new { name = "Carl Berg", gender = "man" }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var dan = (await h.Post($"/{board}/nominations", new { name = "Dan Holm", gender = "man" }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var eva = (await h.Post($"/{board}/nominations", new { name = "Eva Sjö", gender = "woman" }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await h.Candidates(board, ("Fia Lund", "woman"));

        // Voting cannot open while someone has not answered.
        var pending = await h.Post($"/{board}/open", new { mode = "digital" }, HttpStatusCode.BadRequest);
        pending.GetProperty("errors").GetProperty("candidates")[0].GetString().ShouldBe("Bo Ström har inte svarat om hen ställer upp: registrera svaret först.");
        foreach (var id in new[] { anna, bo, carl, dan })
            await h.Post($"/{board}/candidates/{id}/answer", new { accepted = true, presentation = "Jag vill bygga föreningen." });
        await h.Post($"/{board}/candidates/{eva}/answer", new { accepted = false });

        var opened = await h.Post($"/{board}/open", new { mode = "digital" });
        opened.GetProperty("status").GetString().ShouldBe("voting");
        // Ballot order: the committee's proposal in its order, then the others as nominated; Eva declined.
        var ballot = (await h.Get($"/{board}")).GetProperty("candidates").EnumerateArray()
            .Where(c => c.GetProperty("ballotNumber").ValueKind == JsonValueKind.Number)
            .Select(c => (c.GetProperty("ballotNumber").GetInt32(), c.GetProperty("name").GetString())).ToList();
        ballot.ShouldBe([(1, "Bo Ström"), (2, "Anna Ek"), (3, "Carl Berg"), (4, "Dan Holm"), (5, "Fia Lund")]);

        // 1 Bo, 2 Anna, 3 Carl, 4 Dan, 5 Fia. Men lead the count; with three seats the zipper rule starts with a woman.
        var codes = await h.Codes(board, 12);
        int[][] papers = [[1, 3], [1, 3], [1, 4], [3, 1], [3, 4], [3, 1], [4, 3], [4, 1], [2, 5], [5, 2], [1, 2], []];
        for (var i = 0; i < papers.Length; i++) await h.Vote(board, codes[i], papers[i]);

        var outcome = await h.Post($"/{board}/conclude", new { seed = 42 });
        var places = outcome.GetProperty("places").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        outcome.GetProperty("tally").GetProperty("cast").GetInt32().ShouldBe(12);
        outcome.GetProperty("tally").GetProperty("blank").GetInt32().ShouldBe(1);
        outcome.GetProperty("tally").GetProperty("codesIssued").GetInt32().ShouldBe(12);

        // The count alone elects three men; the zipper rule puts the best-placed women first and third, so two of three are women.
        var recount = JsonDocument.Parse(await h.Board.GetStringAsync($"{h.Api}/{board}/recount")).RootElement;
        var counted = recount.GetProperty("elected").EnumerateArray().Select(e => e.GetString()).ToList();
        counted.ShouldBe(["Bo Ström", "Carl Berg", "Dan Holm"]);
        recount.GetProperty("seed").GetUInt64().ShouldBe(42UL);
        places.Count.ShouldBe(3);
        places.ShouldBe(["Anna Ek", "Bo Ström", "Fia Lund"]); // Anna was excluded after Fia, so she comes first in the count's order

        // The protocol: figures, quota, stages, seed, gender step and the elected in order.
        var protocol = await h.Board.GetAsync($"{h.Api}/{board}/protocol");
        protocol.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = WebUtility.HtmlDecode(await protocol.Content.ReadAsStringAsync());
        html.ShouldContain("<td class=\"cast\">12</td>");
        html.ShouldContain("<td class=\"blank\">1</td>");
        html.ShouldContain("<td class=\"valid\">11</td>");
        html.ShouldContain("<td class=\"quota\">3</td>"); // floor(11 / 4) + 1
        html.ShouldContain("<td class=\"seed\">42</td>");
        html.ShouldContain("first preferences");
        html.ShouldContain("plats 1: Anna Ek före Bo Ström (blixtlås: udda antal platser, så en kvinna börjar för att minst hälften ska vara kvinnor)");
        html.ShouldContain("<ol class=\"elected\"><li>Anna Ek</li><li>Bo Ström</li><li>Fia Lund</li></ol>");

        // Anyone with the protocol can download the ballots and count them again to the same result.
        var blt = await h.Board.GetStringAsync($"{h.Api}/{board}/ballot-file");
        CountingMethods.Count(ScottishStv.Name, BltReader.Read(new StringReader(blt)), 42).Elected.ShouldBe(counted);

        // ElectionConcluded went to the outbox with the election and was delivered.
        await h.Host.Deliver();
        {
            var concluded = h.Host.Published.Of<ElectionConcluded>().ShouldHaveSingleItem();
            concluded.ElectionId.ShouldBe(board);
            concluded.Position.ShouldBe("board");
            concluded.AssociationId.ShouldBe("solna");
            concluded.HeldOn.ShouldBe(new DateOnly(2026, 3, 14));
            concluded.TermUntil.ShouldBe(new DateOnly(2027, 3, 13));
            concluded.Elected.Select(e => (e.Name, e.Rank)).ShouldBe([("Anna Ek", 1), ("Bo Ström", 2), ("Fia Lund", 3)]);
            concluded.Elected.Select(e => e.Gender).ShouldBe(["woman", "man", "woman"]);
        }

        // Concluded is final.
        (await h.Post($"/{board}/conclude", new { seed = 1 }, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("election")[0].GetString()!
            .ShouldContain("Bara ett val som är öppet för röstning kan avslutas");
    }

    [Fact]
    public async Task Members_nominate_until_the_deadline_then_only_the_floor_can()
    {
        var meeting = await h.Meeting(deadline: DateTimeOffset.UtcNow.AddMinutes(-1));
        var chair = await h.Election(meeting, new { position = "chair", seats = 1 });
        var late = await h.Post($"/{chair}/nominations", new { name = "Sen Nominering", gender = "woman" }, HttpStatusCode.BadRequest);
        late.GetProperty("errors").GetProperty("deadline")[0].GetString()!.ShouldContain("nominera på mötet i stället");
        await h.Post($"/{chair}/floor-nominations", new { name = "Sen Nominering", gender = "woman" }, HttpStatusCode.Created);
        (await h.Get($"/{chair}")).GetProperty("candidates").GetArrayLength().ShouldBe(1);
    }

    [Theory]
    [InlineData("""{"position":"king","seats":1}""", "position", "unknown position 'king'")]
    [InlineData("""{"position":"chair","seats":2}""", "position", "chair has exactly one seat, not 2")]
    [InlineData("""{"position":"delegates:","seats":5}""", "position", "needs a name after the colon")]
    [InlineData("""{"position":"board","seats":5,"method":"borda"}""", "method", "Okänd valmetod 'borda'")]
    [InlineData("""{"position":"board","seats":5,"method":"dhondt"}""", "method", "dhondt allocates seats among lists: use the position allocation:NAME")]
    [InlineData("""{"position":"allocation:Valkonferens","seats":5,"method":"scottish-stv"}""", "method", "a seat allocation is counted by dhondt or sainte-lague, not scottish-stv")]
    [InlineData("""{"position":"allocation:Valkonferens","seats":5,"genderRule":"zipper"}""", "genderRule", "Platserna fördelas på listor, inte personer")]
    [InlineData("""{"position":"board","seats":5,"method":"irv"}""", "method", "Alternativomröstning (irv) tillsätter en plats")]
    [InlineData("""{"position":"board","seats":5,"genderRule":"quota"}""", "genderRule", "Okänd könsregel 'quota'")]
    [InlineData("""{"position":"board","seats":0}""", "seats", "Antalet platser måste vara minst 1")]
    public async Task A_malformed_election_is_refused_naming_the_problem_and_nothing_is_stored(string body, string field, string message)
    {
        var meeting = await h.Meeting();
        var response = await h.Board.PostAsync($"{h.Api}/meetings/{meeting}/elections", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        errors.GetProperty(field)[0].GetString()!.ShouldContain(message);
        (await h.Get($"/meetings/{meeting}")).GetProperty("elections").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task The_protocol_and_ballots_are_not_published_before_the_election_is_concluded()
    {
        var meeting = await h.Meeting();
        var chair = await h.Election(meeting, new { position = "meeting-chair", seats = 1, method = "majority" });
        await h.Candidates(chair, ("Ada Ask", "woman"), ("Bert Bok", "man"));
        await h.Post($"/{chair}/open", new { mode = "digital" });
        var code = (await h.Codes(chair, 1))[0];
        await h.Vote(chair, code, 1);
        (await h.Board.GetAsync($"{h.Api}/{chair}/protocol")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await h.Board.GetAsync($"{h.Api}/{chair}/ballot-file")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await h.Board.GetAsync($"{h.Api}/{Guid.NewGuid()}/protocol")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_majority_election_with_marked_ballots_elects_the_majority_candidate()
    {
        var meeting = await h.Meeting();
        var chair = await h.Election(meeting, new { position = "meeting-chair", seats = 1, method = "majority" });
        await h.Candidates(chair, ("Ada Ask", "woman"), ("Bert Bok", "man"));
        await h.Post($"/{chair}/open", new { mode = "digital" });
        var codes = await h.Codes(chair, 5);
        await h.Vote(chair, codes[0], 1);
        await h.Vote(chair, codes[1], 1);
        await h.Vote(chair, codes[2], 2);
        await h.Vote(chair, codes[3], 1);
        // Marking two candidates for one seat is refused.
        (await h.Post($"/{chair}/ballots", new { code = codes[4], preferences = new[] { 1, 2 } }, HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("preferences")[0].GetString().ShouldBe("högst 1 kandidater får kryssas, inte 2");
        var outcome = await h.Post($"/{chair}/conclude", new { seed = 7 });
        outcome.GetProperty("places")[0].GetProperty("name").GetString().ShouldBe("Ada Ask");
        var csv = await h.Board.GetStringAsync($"{h.Api}/{chair}/ballot-file");
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe(["Ada Ask,Bert Bok", "1,0", "1,0", "1,0", "0,1"], ignoreOrder: true);
    }
}
