namespace Federation.Elections.Counting;

/// <summary>Single-seat instant run-off: a candidate with more than half of the papers still in the
/// count wins; otherwise the lowest is excluded and the papers move on at full value. Equal lowest
/// are separated by the most recent earlier stage at which they differed, then by lot.</summary>
internal static class InstantRunoff
{
    public const string Name = "irv";

    public static CountResult Count(RankedElection election, TieBreaker ties)
    {
        if (election.Seats != 1) throw new CountingException($"irv fills exactly one seat, not {election.Seats} (use --seats 1)");
        var names = election.Candidates;
        var n = names.Count;
        var papers = election.ValidPapers();
        var excluded = new bool[n];
        foreach (var w in election.Withdrawn) excluded[w] = true;
        var votes = new long[n];
        var piles = new List<int>[n];
        for (var c = 0; c < n; c++) piles[c] = [];
        var position = new int[papers.Count];
        long exhausted = 0;
        for (var i = 0; i < papers.Count; i++)
        {
            piles[papers[i].Preferences[0]].Add(i);
            votes[papers[i].Preferences[0]] += papers[i].Weight;
        }

        var stages = new List<CountStage>();
        var history = new StageHistory();
        string action = StageActions.FirstPreferences;
        int? subject = null;
        while (true)
        {
            history.Add(votes);
            var continuing = Enumerable.Range(0, n).Where(c => !excluded[c]).ToList();
            long live = 0;
            foreach (var c in continuing) live += votes[c];
            var leader = continuing.MaxBy(c => votes[c]);
            var won = continuing.Count == 1 || 2 * votes[leader] > live;
            stages.Add(new CountStage(history.Count, action, subject is { } s ? names[s] : null,
                Enumerable.Range(0, n).ToDictionary(c => names[c], c => (decimal)votes[c]),
                won ? [names[leader]] : []) { NonTransferable = exhausted });
            if (won)
                return new CountResult(Name, election.Title, 1, null, [names[leader]], stages, ties.Record, ties.Seed);

            var lowest = continuing.Min(c => votes[c]);
            var loser = history.Resolve(continuing.FindAll(c => votes[c] == lowest), false, ties, history.Count + 1, "candidate to exclude");
            excluded[loser] = true;
            foreach (var i in piles[loser])
            {
                var prefs = papers[i].Preferences;
                var p = position[i] + 1;
                while (p < prefs.Length && excluded[prefs[p]]) p++;
                position[i] = p;
                if (p == prefs.Length) exhausted += papers[i].Weight;
                else { piles[prefs[p]].Add(i); votes[prefs[p]] += papers[i].Weight; }
            }
            piles[loser].Clear();
            votes[loser] = 0;
            (action, subject) = (StageActions.Exclusion, loser);
        }
    }
}
