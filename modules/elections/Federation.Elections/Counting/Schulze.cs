namespace Federation.Elections.Counting;

/// <summary>The Schulze method with winning votes (M. Schulze, "A new monotonic, clone-independent,
/// reversal symmetric, and Condorcet-consistent single-winner election method", 2011). Candidates a
/// paper leaves unranked count as ranked below all it ranks. The result is a full ranking in groups
/// of tied candidates; seats are filled from the top, drawing lots only inside a group that
/// straddles the last seat.</summary>
internal static class Schulze
{
    public const string Name = "schulze";

    public static CountResult Count(RankedElection election, TieBreaker ties)
    {
        var names = election.Candidates;
        var n = names.Count;
        var d = Pairwise(election.ValidPapers(), n);

        // Strongest paths (Floyd–Warshall on the widest path), winning votes as link strength.
        var p = new long[n * n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                if (i != j && d[i * n + j] > d[j * n + i]) p[i * n + j] = d[i * n + j];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
            {
                if (i == j) continue;
                var pji = p[j * n + i];
                if (pji == 0) continue;
                for (var k = 0; k < n; k++)
                    if (k != i && k != j)
                        p[j * n + k] = Math.Max(p[j * n + k], Math.Min(pji, p[i * n + k]));
            }

        bool Beats(int x, int y) => p[x * n + y] > p[y * n + x];

        // Rank: each group is the candidates no remaining candidate beats.
        var remaining = Enumerable.Range(0, n).Where(c => !election.Withdrawn.Contains(c)).ToList();
        var ranking = new List<List<int>>();
        while (remaining.Count > 0)
        {
            var group = remaining.FindAll(x => !remaining.Exists(y => Beats(y, x)));
            ranking.Add(group);
            remaining.RemoveAll(group.Contains);
        }

        var elected = new List<int>();
        foreach (var group in ranking)
        {
            if (elected.Count == election.Seats) break;
            var open = election.Seats - elected.Count;
            elected.AddRange(group.Count <= open ? group : ties.OrderByLot(group, 1, "seats within a tied group").Take(open));
        }

        var wins = Enumerable.Range(0, n).ToDictionary(c => names[c], c => (decimal)Enumerable.Range(0, n).Count(y => y != c && Beats(c, y)));
        var stage = new CountStage(1, "strongest paths: candidates beaten", null, wins, elected.ConvertAll(c => names[c]));
        return new CountResult(Name, election.Title, election.Seats, null, elected.ConvertAll(c => names[c]), [stage], ties.Record, ties.Seed)
        {
            Ranking = ranking.ConvertAll(g => (IReadOnlyList<string>)g.ConvertAll(c => names[c])),
        };
    }

    /// <summary>d[x*n+y] = weight of papers preferring x to y, an unranked candidate counting as
    /// below every ranked one. Only pairs ranked on the same paper are tallied (r); the rest follows:
    /// a paper ranking x prefers x to y unless it ranks y above x, so d[x,y] = W(x) − r[y,x], where
    /// W(x) is the weight of papers ranking x. That is len²/2 steps per paper instead of len·n.
    /// Optimised at first call: a one-shot count would otherwise run its main loop in tier-0 code.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static long[] Pairwise(IReadOnlyList<RankedBallot> papers, int n)
    {
        var r = new long[n * n];
        var ranking = new long[n];
        foreach (var paper in papers)
        {
            var prefs = paper.Preferences;
            var w = paper.Weight;
            for (var a = 0; a < prefs.Length; a++)
            {
                ranking[prefs[a]] += w;
                var row = prefs[a] * n;
                for (var b = a + 1; b < prefs.Length; b++) r[row + prefs[b]] += w;
            }
        }
        var d = new long[n * n];
        for (var x = 0; x < n; x++)
            for (var y = 0; y < n; y++)
                if (x != y) d[x * n + y] = ranking[x] - r[y * n + x];
        return d;
    }
}
