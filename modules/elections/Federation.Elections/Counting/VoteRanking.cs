namespace Federation.Elections.Counting;

/// <summary>Orders candidates by votes, most first, for the marked-ballot methods.</summary>
internal static class VoteRanking
{
    /// <summary>The first <paramref name="take"/> of <paramref name="candidates"/> by votes. Equal votes
    /// are drawn by lot when the draw decides who is taken or, if <paramref name="orderMatters"/>
    /// (e.g. substitutes), their order; otherwise equals keep ballot order.</summary>
    public static List<int> Top(IEnumerable<int> candidates, long[] votes, int take, bool orderMatters, TieBreaker ties, int stage, string purpose)
    {
        var result = new List<int>(take);
        foreach (var group in candidates.GroupBy(c => votes[c]).OrderByDescending(g => g.Key))
        {
            if (result.Count >= take) break;
            var members = group.Order().ToList();
            var straddles = result.Count + members.Count > take;
            if (members.Count > 1 && (straddles || orderMatters))
                members = ties.OrderByLot(members, stage, purpose);
            result.AddRange(members.Take(take - result.Count));
        }
        return result;
    }

    public static Dictionary<string, decimal> Totals(IReadOnlyList<string> names, long[] votes) =>
        Enumerable.Range(0, names.Count).ToDictionary(c => names[c], c => (decimal)votes[c]);
}
