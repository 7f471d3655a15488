using Federation.Elections.Counting;

namespace Federation.Elections.Tests;

public class MarkedMethodsTests
{
    private static MarkedElection Csv(string text) => TableReader.MarkedFromCsv(text.Split('\n'), "test");

    [Fact]
    public void Approval_elects_the_most_marked()
    {
        var r = CountingMethods.Count(MarkedMethods.Approval, Csv("Anna,Bo,Cia\n1,1,0\n1,0,1\n0,1,0\n1,0,0"), 2, 1);
        r.Elected.ShouldBe(["Anna", "Bo"]);
        r.Stages[0].Totals["Anna"].ShouldBe(3m);
    }

    [Fact]
    public void Majority_elects_those_with_more_than_half_and_sends_the_next_to_a_re_vote()
    {
        // 5 valid papers (one blank): a majority needs 3. Anna 4 is elected; one seat is left, so
        // at most two go to the re-vote: Bo (2) and Cia (2), not Dan (1).
        var r = CountingMethods.Count(MarkedMethods.Majority, Csv("Anna,Bo,Cia,Dan\n1,1,0,0\n1,0,1,0\n1,1,0,0\n1,0,1,0\n0,0,0,1\n0,0,0,0"), 2, 1);

        r.Quota.ShouldBe(3m);
        r.Elected.ShouldBe(["Anna"]);
        r.ReVote.ShouldBe(["Bo", "Cia"]);
        r.TieBreaks.ShouldBeEmpty();

        // The re-vote is a separate paper count for the open seat: the most votes win.
        var reVote = CountingMethods.Count(MarkedMethods.Plurality, Csv("Bo,Cia\n1,0\n0,1\n0,1"), 1, 1);
        reVote.Elected.ShouldBe(["Cia"]);
    }

    [Fact]
    public void Majority_draws_lots_for_the_last_place_in_the_re_vote()
    {
        var r = CountingMethods.Count(MarkedMethods.Majority, Csv("A,B,C,D\n1,0,0,0\n0,1,0,0\n0,0,1,0\n0,0,0,1\n1,0,0,0"), 1, 9);
        r.Elected.ShouldBeEmpty();
        r.ReVote!.Count.ShouldBe(2);
        r.ReVote[0].ShouldBe("A");
        var lot = r.TieBreaks.ShouldHaveSingleItem();
        lot.Tied.ShouldBe(["B", "C", "D"]);
        lot.Seed.ShouldBe(9UL);
        r.ReVote[1].ShouldBe(lot.Chosen.Split(", ")[0]);
    }

    [Fact]
    public void Plurality_orders_substitutes_by_votes_and_equal_votes_by_lot()
    {
        const string papers = "A,B,C\n1,0,0\n1,0,0\n0,1,0\n0,0,1";
        var r = CountingMethods.Count(MarkedMethods.Plurality, Csv(papers), 3, 5);

        r.Elected[0].ShouldBe("A");
        r.Elected.Skip(1).Order().ShouldBe(["B", "C"]);
        r.TieBreaks.ShouldHaveSingleItem().ResolvedBy.ShouldBe("lot");
        CountingMethods.Count(MarkedMethods.Plurality, Csv(papers), 3, 5).Elected.ShouldBe(r.Elected);
    }

    [Theory]
    [InlineData("A,B\n1,1,0", 2, "expected 2 columns like the header, found 3")]
    [InlineData("A,B\n1,0\n1,x", 3, "mark 'x' for B must be 1, 0 or empty")]
    [InlineData("A,,B\n1,0,0", 1, "missing candidate name in the header")]
    [InlineData("A,A\n1,0", 1, "candidate name \"A\" appears twice")]
    public void Rejects_malformed_csv_papers(string text, int line, string reason)
    {
        var e = Should.Throw<BallotFormatException>(() => Csv(text));
        e.Line.ShouldBe(line);
        e.Reason.ShouldBe(reason);
    }

    [Fact]
    public void Rejects_a_paper_with_more_marks_than_seats()
    {
        var e = Should.Throw<BallotFormatException>(() => CountingMethods.Count(MarkedMethods.Approval, Csv("A,B,C\n1,0,0\n1,1,1"), 2, 1));
        e.Message.ShouldBe("line 3: ballot marks 3 candidates but at most 2 may be marked");
    }

    [Fact]
    public void Reads_json_papers_and_names_the_bad_one()
    {
        var json = System.Text.Json.JsonDocument.Parse("""{"title":"Styrelse","seats":1,"candidates":["A","B"],"ballots":[["A"],["B"],["A"]]}""").RootElement;
        CountingMethods.Count(MarkedMethods.Majority, TableReader.MarkedFromJson(json, "x"), null, 1).Elected.ShouldBe(["A"]);

        var bad = System.Text.Json.JsonDocument.Parse("""{"candidates":["A"],"ballots":[["A"],["Z"]]}""").RootElement;
        Should.Throw<BallotFormatException>(() => TableReader.MarkedFromJson(bad, "x")).Message.ShouldBe("ballots[1]: \"Z\" is not a candidate");
    }

    [Fact]
    public void Reads_party_votes_from_csv_and_rejects_bad_rows()
    {
        TableReader.PartiesFromCsv(["party,votes", "S,120", "M,80"], "x").Votes.ShouldBe([120L, 80]);
        var e = Should.Throw<BallotFormatException>(() => TableReader.PartiesFromCsv(["party,votes", "S,12.5"], "x"));
        e.Message.ShouldBe("line 2: votes '12.5' is not a whole number");
    }
}
