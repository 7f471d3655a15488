namespace Federation.Membership.Search;

/// <summary>
/// Every distinct term of an association's indexed members in ordinal order, each with the sorted list
/// positions of the members that have it: a search word is a binary search and (almost always) one
/// ready-made list, not a test of every member's terms.
/// </summary>
internal sealed class TermIndex
{
    private readonly string[] terms;
    private readonly int[][] positions;

    public TermIndex(IReadOnlyList<IndexedMember> members)
    {
        var byTerm = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++)
            foreach (var term in members[i].Terms)
            {
                if (!byTerm.TryGetValue(term, out var list)) byTerm[term] = list = [];
                list.Add(i); // ascending: members are visited in list order
            }
        terms = [.. byTerm.Keys.Order(StringComparer.Ordinal)];
        positions = [.. terms.Select(t => byTerm[t].ToArray())];
    }

    /// <summary>The list positions of the members with a term beginning with the word, ascending.</summary>
    public int[] Beginning(string word)
    {
        var first = First(word);
        var end = first;
        while (end < terms.Length && terms[end].StartsWith(word, StringComparison.Ordinal)) end++;
        return (end - first) switch
        {
            0 => [],
            1 => positions[first],
            // Several terms (anna, andersson for "an"): a member with two of them counts once.
            _ => [.. positions[first..end].SelectMany(p => p).Order().Distinct()],
        };
    }

    /// <summary>The list positions of the members with exactly this term, ascending.</summary>
    public int[] Exactly(string term)
    {
        var i = First(term);
        return i < terms.Length && terms[i] == term ? positions[i] : [];
    }

    /// <summary>The positions present in every one of the ascending sets.</summary>
    public static int[] Intersect(IReadOnlyList<int[]> sets)
    {
        var result = sets.MinBy(s => s.Length)!;
        foreach (var set in sets)
            if (!ReferenceEquals(set, result)) result = [.. result.Where(p => Array.BinarySearch(set, p) >= 0)];
        return result;
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
