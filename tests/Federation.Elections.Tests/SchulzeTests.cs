using Federation.Elections.Counting;

namespace Federation.Elections.Tests;

public class SchulzeTests
{
    // Wikipedia, "Schulze method", the example with 45 voters and 5 candidates
    // (also Schulze 2011, section 3.1): ranking E > A > C > B > D.
    private const string Wikipedia45 = """
        5 1
        5 1 3 2 5 4 0
        5 1 4 5 3 2 0
        8 2 5 4 1 3 0
        3 3 1 2 5 4 0
        7 3 1 5 2 4 0
        2 3 2 1 4 5 0
        7 4 3 5 2 1 0
        8 5 2 1 4 3 0
        0
        A
        B
        C
        D
        E
        "Schulze, 45 voters"
        """;

    [Fact]
    public void Wikipedia_45_voter_example()
    {
        var r = Ballots.Count(Schulze.Name, Wikipedia45);

        r.Ranking!.Select(g => g.Single()).ShouldBe(["E", "A", "C", "B", "D"]);
        r.Elected.ShouldBe(["E"]);
        r.Stages[0].Totals["E"].ShouldBe(4m);
        r.Stages[0].Totals["D"].ShouldBe(0m);
    }

    [Fact]
    public void Pairwise_preferences_match_the_published_matrix()
    {
        var e = Ballots.Blt(Wikipedia45);
        var d = Schulze.Pairwise(e.Ballots, 5);
        // Rows A and E of Wikipedia's matrix of pairwise preferences d[*,*].
        d[1..5].ShouldBe([20L, 26, 30, 22]);
        d[20..24].ShouldBe([23L, 27, 21, 31]);
    }

    [Fact]
    public void A_perfect_tie_is_reported_and_a_seat_inside_it_is_drawn_by_lot()
    {
        const string tie = "3 1\n2 1 2 3 0\n2 2 1 3 0\n0\nA\nB\nC\nT\n";
        var r = Ballots.Count(Schulze.Name, tie, seed: 7);

        r.Ranking!.Count.ShouldBe(2);
        r.Ranking[0].ShouldBe(["A", "B"]);
        r.Ranking[1].ShouldBe(["C"]);
        var lot = r.TieBreaks.ShouldHaveSingleItem();
        lot.Seed.ShouldBe(7UL);
        r.Elected.ShouldBe([lot.Chosen.Split(", ")[0]]);
        Ballots.Count(Schulze.Name, tie, seed: 7).Elected.ShouldBe(r.Elected);
    }

    [Fact]
    public void Candidates_left_unranked_count_below_those_ranked()
    {
        Ballots.Count(Schulze.Name, "3 1\n3 2 0\n2 1 3 0\n0\nA\nB\nC\nT\n").Ranking!.Select(g => g.Single()).ShouldBe(["B", "A", "C"]);
    }
}
