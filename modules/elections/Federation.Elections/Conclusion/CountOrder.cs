using Federation.Elections.Counting;

namespace Federation.Elections.Conclusion;

/// <summary>The order of all candidates a count implies, which the gender rules fill seats from:
/// the elected in order of election; then (Schulze) the rest of the ranking; otherwise those never
/// excluded by their final votes, then the excluded, the last excluded first.</summary>
internal static class CountOrder
{
    public static List<int> Of(CountResult result, IReadOnlyList<string> names)
    {
        var index = Enumerable.Range(0, names.Count).ToDictionary(c => names[c]);
        var order = result.Elected.Select(n => index[n]).ToList();
        if (result.Ranking is { } ranking)
        {
            order.AddRange(ranking.SelectMany(g => g).Select(n => index[n]).Where(c => !order.Contains(c)));
            return order;
        }
        var excludedAt = result.Stages.Where(s => s.Action == StageActions.Exclusion && s.Candidate is not null)
            .ToDictionary(s => index[s.Candidate!], s => s.Number);
        var final = result.Stages[^1].Totals;
        order.AddRange(Enumerable.Range(0, names.Count).Where(c => !order.Contains(c))
            .OrderByDescending(c => excludedAt.GetValueOrDefault(c, int.MaxValue))
            .ThenByDescending(c => final.GetValueOrDefault(names[c]))
            .ThenBy(c => c));
        return order;
    }
}
