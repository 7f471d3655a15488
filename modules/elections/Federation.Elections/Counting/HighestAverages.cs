namespace Federation.Elections.Counting;

/// <summary>Seat allocation by comparison numbers (jämförelsetal): each seat goes to the party with the
/// largest votes ÷ divisor, the divisor growing with the seats it already has.
/// <list type="bullet">
/// <item><c>dhondt</c>: divisors 1, 2, 3, … (heltalsmetoden; lag (2022:629) om proportionella val i
/// kommuner och regioner, LPV).</item>
/// <item><c>sainte-lague</c>: divisors 1.2, 3, 5, … (jämkade uddatalsmetoden; vallagen (2005:837) 14 kap. 3 §).</item>
/// </list>
/// Equal comparison numbers are decided by lot (vallagen 14 kap. 2 §; LPV likewise). Comparisons are
/// exact: divisors are held as fractions (1.2 = 6/5) and compared by cross-multiplication.</summary>
internal static class HighestAverages
{
    public const string DHondt = "dhondt";
    public const string SainteLague = "sainte-lague";

    /// <summary>The divisor for a party holding <paramref name="seatsHeld"/> seats, as numerator/denominator.</summary>
    private static (long Numerator, long Denominator) Divisor(string method, int seatsHeld) => method switch
    {
        DHondt => (seatsHeld + 1, 1),
        SainteLague => seatsHeld == 0 ? (6, 5) : (2 * seatsHeld + 1, 1),
        _ => throw new CountingException($"unknown divisor method '{method}'"),
    };

    public static CountResult Count(string method, PartyVotes election, int seats, TieBreaker ties)
    {
        var names = election.Parties;
        var n = names.Count;
        var held = new int[n];
        var stages = new List<CountStage>(seats);
        var elected = new List<string>(seats);
        for (var seat = 1; seat <= seats; seat++)
        {
            var best = new List<int> { 0 };
            for (var p = 1; p < n; p++)
            {
                var cmp = Compare(method, election.Votes[p], held[p], election.Votes[best[0]], held[best[0]]);
                if (cmp > 0) best = [p];
                else if (cmp == 0) best.Add(p);
            }
            var totals = new Dictionary<string, decimal>(n);
            for (var p = 0; p < n; p++) totals[names[p]] = ComparisonNumber(method, election.Votes[p], held[p]);
            var winner = best.Count == 1 ? best[0] : ties.DrawLot(best, seat, $"seat {seat}");
            held[winner]++;
            elected.Add(names[winner]);
            stages.Add(new CountStage(seat, $"seat {seat}", names[winner], totals, [names[winner]]));
        }
        var allocation = Enumerable.Range(0, n).ToDictionary(p => names[p], p => (decimal)held[p]);
        stages.Add(new CountStage(seats + 1, "allocation", null, allocation, []));
        return new CountResult(method, election.Title, seats, null, elected, stages, ties.Record, ties.Seed);
    }

    /// <summary>Sign of (va / divisor(a)) − (vb / divisor(b)), exactly.</summary>
    private static int Compare(string method, long va, int heldA, long vb, int heldB)
    {
        var (na, da) = Divisor(method, heldA);
        var (nb, db) = Divisor(method, heldB);
        return ((Int128)va * da * nb).CompareTo((Int128)vb * db * na);
    }

    /// <summary>For the stage record only; decimal keeps 28 significant digits.</summary>
    private static decimal ComparisonNumber(string method, long votes, int held)
    {
        var (num, den) = Divisor(method, held);
        return votes * (decimal)den / num;
    }
}
