namespace Federation.Membership.Search;

/// <summary>
/// Every term of an association's indexed members in ordinal order, each with its member's position in
/// the list: a search word is a binary search and a range, not a test of every member's terms.
/// </summary>
internal sealed class TermIndex
{
    private readonly string[] terms;
    private readonly int[] positions;
    public TermIndex(IReadOnlyList<IndexedMember> members)
    {
        var all = new List<(string Term, int Position)>();
        for (var i = 0; i < members.Count; i++)
            foreach (var term in members[i].Terms) all.Add((term, i));
        all.Sort((a, b) => string.CompareOrdinal(a.Term, b.Term));
        terms = [.. all.Select(t => t.Term)];
        positions = [.. all.Select(t => t.Position)];
    }

    /// <summary>The list positions of the members with a term beginning with the word, in list order.</summary>
    public int[] Beginning(string word) => Positions(word, t => t.StartsWith(word, StringComparison.Ordinal));

    /// <summary>The list positions of the members with exactly this term, in list order.</summary>
    public int[] Exactly(string term) => Positions(term, t => t == term);

    /// <summary>The positions present in every one of the sorted sets.</summary>
    public static int[] Intersect(IReadOnlyList<int[]> sets)
    {
        var result = sets.MinBy(s => s.Length)!;
        foreach (var set in sets)
            if (!ReferenceEquals(set, result)) result = [.. result.Where(p => Array.BinarySearch(set, p) >= 0)];
        return result;
    }

    private int[] Positions(string from, Func<string, bool> inRange)
    {
        var found = new List<int>();
        for (var i = First(from); i < terms.Length && inRange(terms[i]); i++) found.Add(positions[i]);
        // A member with two terms in the range (Anna Andersson for "an") counts once.
        return [.. found.Order().Distinct()];
    }

    /// <summary>The first index whose term is not ordinally before <paramref name="value"/>.</summary>
    private int First(string value)
    {
        int low = 0, high = terms.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(terms[middle], value) < 0) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
