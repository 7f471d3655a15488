using Federation.Elections.Counting;

namespace Federation.Elections.Tests;

public class HighestAveragesTests
{
    private static PartyVotes Parties(params (string Name, long Votes)[] parties) =>
        new("test", parties.Select(p => p.Name).ToList(), parties.Select(p => p.Votes).ToList(), null);

    private static string Allocation(CountResult r) => string.Join(" ", r.Elected.GroupBy(p => p).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}"));

    [Fact]
    public void Dhondt_skr_example_for_lpv_with_a_tie_drawn_by_lot()
    {
        // SKR, "Exempel på hur platser kan fördelas i en nämnd vid val enligt LPV" (16 Nov 2022):
        // A 17, B 5, C 5, G 4, 7 seats. Seats 1–3 to A; seat 4 by lot between B and C (both 5);
        // seat 5 to the other; seat 6 to A (17/4 = 4.25); seat 7 to G (4). Result A 4, B 1, C 1, G 1.
        var votes = Parties(("A", 17), ("B", 5), ("C", 5), ("G", 4));
        var r = CountingMethods.Count(HighestAverages.DHondt, votes, 7, seed: 42);

        Allocation(r).ShouldBe("A:4 B:1 C:1 G:1");
        r.Elected.Take(3).ShouldBe(["A", "A", "A"]);
        r.Elected.Skip(5).ShouldBe(["A", "G"]);
        var lot = r.TieBreaks.ShouldHaveSingleItem();
        lot.Stage.ShouldBe(4);
        lot.Tied.ShouldBe(["B", "C"]);
        lot.Seed.ShouldBe(42UL);
        r.Elected[3].ShouldBe(lot.Chosen);
        r.Stages[5].Totals["A"].ShouldBe(4.25m);
    }

    [Fact]
    public void Dhondt_wikipedia_example()
    {
        // Wikipedia, "D'Hondt method", example: 100 000, 80 000, 30 000, 20 000 votes, 8 seats → 4, 3, 1, 0.
        var r = CountingMethods.Count(HighestAverages.DHondt, Parties(("A", 100_000), ("B", 80_000), ("C", 30_000), ("D", 20_000)), 8, 1);
        Allocation(r).ShouldBe("A:4 B:3 C:1");
        r.TieBreaks.ShouldBeEmpty();
    }

    [Fact]
    public void Sainte_lague_with_the_swedish_first_divisor()
    {
        // Wikipedia (sv), "Jämkade uddatalsmetoden", exempel: 24 657, 18 312, 11 976, 10 824, 8 137 votes,
        // 5 seats → 2, 1, 1, 1, 0. The page computes it with the pre-2018 divisor 1.4; with 1.2
        // (vallagen 14:3 since 2018) the order of seats is the same: the comparison numbers of the
        // first round are checked here.
        var r = CountingMethods.Count(HighestAverages.SainteLague,
            Parties(("P1", 24_657), ("P2", 18_312), ("P3", 11_976), ("P4", 10_824), ("P5", 8_137)), 5, 1);

        r.Elected.ShouldBe(["P1", "P2", "P3", "P4", "P1"]);
        r.Stages[0].Totals["P1"].ShouldBe(20_547.5m);
        r.Stages[0].Totals["P2"].ShouldBe(15_260m);
        r.Stages[4].Totals["P1"].ShouldBe(8_219m); // 24 657 / 3
    }

    [Fact]
    public void Sainte_lague_wikipedia_example_is_unchanged_by_the_first_divisor_1_2()
    {
        // Wikipedia, "Sainte-Laguë method", example with the same votes as D'Hondt's: 3, 3, 1, 1.
        var r = CountingMethods.Count(HighestAverages.SainteLague, Parties(("A", 100_000), ("B", 80_000), ("C", 30_000), ("D", 20_000)), 8, 1);
        Allocation(r).ShouldBe("A:3 B:3 C:1 D:1");
    }

    [Fact]
    public void First_divisor_1_2_is_compared_exactly()
    {
        // 6 / 1.2 = 5 exactly equals 15 / 3: a tie, not a rounding accident, so it goes to lot.
        var r = CountingMethods.Count(HighestAverages.SainteLague, Parties(("A", 15), ("B", 6)), 2, 3);
        r.Elected[0].ShouldBe("A");
        r.TieBreaks.ShouldHaveSingleItem().Tied.ShouldBe(["A", "B"]);
    }
}
