using Federation.Elections.Counting;

namespace Federation.Elections.Tests;

/// <summary>100 000 generated papers (fixed seed) through the two heavy methods: correctness
/// properties only; timings belong in the benchmark.</summary>
public class LargeCountTests
{
    private static RankedElection Generate(int candidates, int seats, int papers, int seed)
    {
        var random = new Random(seed);
        var ballots = new List<RankedBallot>(papers);
        // Skewed popularity so counts have surpluses and exclusions, with partial rankings.
        var order = new int[candidates];
        for (var i = 0; i < papers; i++)
        {
            for (var c = 0; c < candidates; c++) order[c] = c;
            for (var c = 0; c < candidates - 1; c++)
            {
                var pick = c + Math.Min(random.Next(candidates - c), random.Next(candidates - c));
                (order[c], order[pick]) = (order[pick], order[c]);
            }
            ballots.Add(new RankedBallot(order[..(1 + random.Next(candidates))], 1));
        }
        var names = Enumerable.Range(1, candidates).Select(c => $"C{c}").ToList();
        return new RankedElection("generated", names, seats, new HashSet<int>(), ballots);
    }

    [Fact]
    public void Scottish_stv_on_100000_papers_fills_every_seat_and_is_deterministic()
    {
        var election = Generate(30, 7, 100_000, 1);
        var first = CountingMethods.Count(ScottishStv.Name, election, 1);
        var again = CountingMethods.Count(ScottishStv.Name, election, 1);

        first.Elected.Count.ShouldBe(7);
        first.Elected.Distinct().Count().ShouldBe(7);
        first.Quota.ShouldBe(12_501m);
        again.Elected.ShouldBe(first.Elected);
        // Every stage accounts for every paper: totals + non-transferable + truncation loss = 100 000.
        var last = first.Stages[^1];
        (last.Totals.Values.Sum() + last.NonTransferable!.Value).ShouldBeInRange(99_999m, 100_000m);
    }

    [Fact]
    public void Schulze_on_100000_papers_over_40_candidates_ranks_everyone_and_is_deterministic()
    {
        var election = Generate(40, 1, 100_000, 2);
        var first = CountingMethods.Count(Schulze.Name, election, 1);
        var again = CountingMethods.Count(Schulze.Name, election, 1);

        first.Ranking!.Sum(g => g.Count).ShouldBe(40);
        first.Elected.ShouldHaveSingleItem();
        again.Ranking!.SelectMany(g => g).ShouldBe(first.Ranking!.SelectMany(g => g));
    }
}
