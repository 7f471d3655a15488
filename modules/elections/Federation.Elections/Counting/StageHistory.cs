namespace Federation.Elections.Counting;

/// <summary>Each candidate's votes at the end of every stage, kept so ties can be resolved by
/// "the most recent preceding stage at which they had unequal votes" (Scottish rules 49(2), 51(2)).</summary>
internal sealed class StageHistory
{
    private readonly List<long[]> stages = [];

    public int Count => stages.Count;

    public void Add(long[] votes) => stages.Add((long[])votes.Clone());

    /// <summary>Picks the highest (or lowest) of <paramref name="tied"/>, all equal now: looks back
    /// stage by stage, keeping the candidates best at the latest stage where they differ, and
    /// draws lots only if they were equal at every stage.</summary>
    public int Resolve(List<int> tied, bool highest, TieBreaker ties, int stage, string purpose)
    {
        if (tied.Count == 1) return tied[0];
        var pool = tied;
        for (var s = stages.Count - 2; s >= 0; s--)
        {
            var votes = stages[s];
            var best = votes[pool[0]];
            foreach (var c in pool) best = highest ? Math.Max(best, votes[c]) : Math.Min(best, votes[c]);
            var kept = pool.FindAll(c => votes[c] == best);
            if (kept.Count == pool.Count) continue;
            pool = kept;
            if (pool.Count == 1)
            {
                ties.RecordEarlierStage(tied, pool[0], stage, purpose, s + 1);
                return pool[0];
            }
        }
        return ties.DrawLot(pool, stage, purpose);
    }
}
