namespace Federation.Elections.Counting;

/// <summary>Resolves ties and records how. Drawing lots uses SplitMix64 seeded with the recorded
/// seed: the generator is four lines, documented in docs/counting.md, so a count can be checked
/// by hand or re-run in any language; System.Random's sequence is not a published contract.</summary>
internal sealed class TieBreaker(ulong seed, IReadOnlyList<string> names)
{
    private ulong state = seed; // advances with each draw; `seed` itself stays as recorded
    private readonly List<TieBreak> record = [];

    public ulong Seed { get; } = seed;
    public IReadOnlyList<TieBreak> Record => record;

    /// <summary>Draws one of <paramref name="tied"/> (taken in ascending candidate order, so the
    /// caller's ordering cannot change the draw).</summary>
    public int DrawLot(IEnumerable<int> tied, int stage, string purpose)
    {
        var pool = tied.Order().ToArray();
        var chosen = pool[Next(pool.Length)];
        record.Add(new TieBreak(stage, purpose, Names(pool), names[chosen], "lot", Seed));
        return chosen;
    }

    public void RecordEarlierStage(IEnumerable<int> tied, int chosen, int stage, string purpose, int decidingStage) =>
        record.Add(new TieBreak(stage, purpose, Names(tied.Order()), names[chosen], $"votes at stage {decidingStage}", null));

    /// <summary>Orders <paramref name="tied"/> completely by lot (e.g. substitutes with equal votes).</summary>
    public List<int> OrderByLot(IEnumerable<int> tied, int stage, string purpose)
    {
        var pool = tied.Order().ToList();
        var order = new List<int>(pool.Count);
        while (pool.Count > 1)
        {
            var i = Next(pool.Count);
            order.Add(pool[i]);
            pool.RemoveAt(i);
        }
        order.AddRange(pool);
        record.Add(new TieBreak(stage, purpose, Names(order.Order()), string.Join(", ", order.Select(c => names[c])), "lot", Seed));
        return order;
    }

    private List<string> Names(IEnumerable<int> cs) => cs.Select(c => names[c]).ToList();

    /// <summary>Uniform draw in [0, n) without modulo bias (rejection sampling).</summary>
    private int Next(int n)
    {
        var limit = ulong.MaxValue - ulong.MaxValue % (ulong)n;
        ulong x;
        do x = SplitMix64(); while (x >= limit);
        return (int)(x % (ulong)n);
    }

    private ulong SplitMix64()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
