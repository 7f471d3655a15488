namespace Federation.Elections.Counting;

/// <summary>The Scottish Local Government Elections Order 2007 (SSI 2007/42), schedule 1 rules 45–52.
/// Votes are kept as whole numbers of 1/100000 of a vote, so the rule-48(3) transfer value
/// "calculated to five decimal places (any remainder being ignored)" is integer division: exact.</summary>
internal static class ScottishStv
{
    public const string Name = "scottish-stv";
    private const long Unit = 100_000;

    private enum State : byte { Continuing, Elected, Excluded }

    public static CountResult Count(RankedElection election, TieBreaker ties)
    {
        var names = election.Candidates;
        var n = names.Count;
        var papers = election.ValidPapers();
        var seats = election.Seats;

        // Rule 46: quota = floor(valid papers / (seats + 1)) + 1.
        long valid = 0;
        foreach (var p in papers) valid += p.Weight;
        var quota = (valid / (seats + 1) + 1) * Unit;

        var state = new State[n];
        foreach (var w in election.Withdrawn) state[w] = State.Excluded;
        var votes = new long[n];
        var piles = new List<int>[n];
        for (var c = 0; c < n; c++) piles[c] = [];
        var position = new int[papers.Count];
        var value = new long[papers.Count]; // per paper, in 1/100000 votes
        long nonTransferable = 0;

        // Rule 45: first preferences.
        for (var i = 0; i < papers.Count; i++)
        {
            value[i] = Unit;
            var first = papers[i].Preferences[0];
            piles[first].Add(i);
            votes[first] += papers[i].Weight * Unit;
        }

        var elected = new List<int>();
        var pendingSurplus = new List<int>();
        var stages = new List<CountStage>();
        var history = new StageHistory();

        void CloseStage(string action, int? candidate)
        {
            history.Add(votes);
            var newlyElected = new List<int>();
            // Rule 47: anyone reaching the quota is elected; several at once are taken highest first.
            var reached = Continuing().Where(c => votes[c] >= quota).ToList();
            while (reached.Count > 0)
            {
                var top = reached.Max(c => votes[c]);
                var next = history.Resolve(reached.FindAll(c => votes[c] == top), true, ties, history.Count, "order of election");
                reached.Remove(next);
                Elect(next, newlyElected);
                if (votes[next] > quota) pendingSurplus.Add(next);
            }
            stages.Add(Stage(history.Count, action, candidate, newlyElected));
        }

        void Elect(int c, List<int> newlyElected)
        {
            state[c] = State.Elected;
            elected.Add(c);
            newlyElected.Add(c);
        }

        IEnumerable<int> Continuing() => Enumerable.Range(0, n).Where(c => state[c] == State.Continuing);

        CountStage Stage(int number, string action, int? candidate, List<int> newlyElected)
        {
            var totals = new Dictionary<string, decimal>(n);
            for (var c = 0; c < n; c++) totals[names[c]] = (decimal)votes[c] / Unit;
            return new CountStage(number, action, candidate is { } k ? names[k] : null, totals, newlyElected.ConvertAll(c => names[c]))
            {
                NonTransferable = (decimal)nonTransferable / Unit,
            };
        }

        // Moves each paper of the pile to its next continuing preference at its new value.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        void Transfer(int from, Func<long, long> newValue)
        {
            foreach (var i in piles[from])
            {
                var v = value[i] = newValue(value[i]);
                var prefs = papers[i].Preferences;
                var p = position[i] + 1;
                while (p < prefs.Length && state[prefs[p]] != State.Continuing) p++;
                position[i] = p;
                if (p == prefs.Length) nonTransferable += papers[i].Weight * v;
                else
                {
                    piles[prefs[p]].Add(i);
                    votes[prefs[p]] += papers[i].Weight * v;
                }
            }
            piles[from].Clear();
        }

        CloseStage(StageActions.FirstPreferences, null);
        while (elected.Count < seats)
        {
            var continuing = Continuing().ToList();
            // Rule 52: the continuing candidates fill the last vacancies; no further transfer.
            if (continuing.Count <= seats - elected.Count)
            {
                var rest = new List<int>();
                foreach (var c in continuing.OrderByDescending(c => votes[c]).ThenBy(c => c)) Elect(c, rest);
                stages.Add(Stage(history.Count + 1, StageActions.ElectRemaining, null, rest));
                break;
            }
            if (pendingSurplus.Count > 0)
            {
                // Rule 49: largest surplus first; equal surpluses by earlier stages, then by lot.
                var largest = pendingSurplus.Max(c => votes[c]);
                var from = history.Resolve(pendingSurplus.FindAll(c => votes[c] == largest), true, ties, history.Count + 1, "surplus to transfer first");
                pendingSurplus.Remove(from);
                long surplus = votes[from] - quota, total = votes[from];
                // Rule 48(3): surplus × paper value ÷ total votes, to 5 decimals, remainder ignored.
                Transfer(from, v => (long)((Int128)surplus * v / total));
                votes[from] = quota;
                CloseStage(StageActions.Surplus, from);
                continue;
            }
            // Rules 50–51: exclude the lowest; equal lowest by earlier stages, then by lot.
            var lowest = continuing.Min(c => votes[c]);
            var excluded = history.Resolve(continuing.FindAll(c => votes[c] == lowest), false, ties, history.Count + 1, "candidate to exclude");
            state[excluded] = State.Excluded;
            Transfer(excluded, v => v);
            votes[excluded] = 0;
            CloseStage(StageActions.Exclusion, excluded);
        }

        return new CountResult(Name, election.Title, seats, quota / Unit, elected.ConvertAll(c => names[c]), stages, ties.Record, ties.Seed);
    }
}
