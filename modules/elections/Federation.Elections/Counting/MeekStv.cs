namespace Federation.Elections.Counting;

/// <summary>Meek STV as the Proportional Representation Foundation's reference rule
/// (prfound.org, "Reference Meek Rule"): fixed-point arithmetic with 9 decimals, held here as whole
/// numbers of 10⁻⁹ votes; keep-factor products rounded up, quota truncated plus 10⁻⁹, iteration
/// stopped when the total surplus is below ω = 10⁻⁶ or stops falling. Ties for defeat (rule T) are
/// drawn by lot.</summary>
internal static class MeekStv
{
    public const string Name = "meek-stv";
    private const long One = 1_000_000_000;
    private const long Omega = 1_000; // 10⁻⁶

    private enum State : byte { Hopeful, Elected, Defeated }

    public static CountResult Count(RankedElection election, TieBreaker ties)
    {
        var names = election.Candidates;
        var n = names.Count;
        var papers = election.ValidPapers();
        var seats = election.Seats;
        var state = new State[n];
        var keep = new long[n];
        for (var c = 0; c < n; c++)
        {
            if (election.Withdrawn.Contains(c)) state[c] = State.Defeated;
            else keep[c] = One;
        }
        var votes = new long[n];
        long quota = 0, surplus = 0;
        var elected = new List<int>();
        var stages = new List<CountStage>();

        int Hopeful() => state.Count(s => s == State.Hopeful);

        void Record(string action, int? candidate, List<int> newlyElected) =>
            stages.Add(new CountStage(stages.Count + 1, action, candidate is { } k ? names[k] : null,
                Enumerable.Range(0, n).ToDictionary(c => names[c], c => (decimal)votes[c] / One),
                newlyElected.ConvertAll(c => names[c])));

        // B.2.a–b: distribute every paper by the keep factors, then set the quota.
        void Distribute()
        {
            Array.Clear(votes);
            foreach (var paper in papers)
            {
                var weight = One;
                foreach (var c in paper.Preferences)
                {
                    if (keep[c] == 0) continue;
                    var kept = CeilDiv((Int128)weight * keep[c], One);
                    votes[c] += kept * paper.Weight;
                    weight -= kept;
                    if (weight <= 0) break;
                }
            }
            long total = 0;
            for (var c = 0; c < n; c++) if (state[c] != State.Defeated) total += votes[c];
            quota = total / (seats + 1) + 1;
        }

        Distribute();
        Record(StageActions.FirstPreferences, null, []);
        while (Hopeful() > seats - elected.Count && seats - elected.Count > 0)
        {
            var newlyElected = new List<int>();
            var lastSurplus = long.MaxValue;
            while (true)
            {
                Distribute();
                // B.2.c: elect every hopeful candidate at or above the quota, highest first.
                foreach (var c in Enumerable.Range(0, n).Where(c => state[c] == State.Hopeful && votes[c] >= quota).OrderByDescending(c => votes[c]).ThenBy(c => c))
                {
                    state[c] = State.Elected;
                    elected.Add(c);
                    newlyElected.Add(c);
                }
                surplus = 0;
                foreach (var c in elected) surplus += votes[c] - quota;
                surplus = Math.Max(surplus, 0);
                // B.2.e: a new election ends the round; otherwise stop when the surplus is negligible or stuck.
                if (newlyElected.Count > 0 || surplus < Omega || surplus >= lastSurplus) break;
                lastSurplus = surplus;
                // B.2.f: kf ← kf × quota ÷ vote, each step rounded up.
                foreach (var c in elected) keep[c] = CeilDiv(CeilDiv((Int128)keep[c] * quota, One) * (Int128)One, votes[c]);
            }
            if (newlyElected.Count > 0)
            {
                Record("elect", null, newlyElected);
                continue;
            }
            // B.3: defeat the lowest; anyone within the total surplus of the lowest counts as tied.
            var hopeful = Enumerable.Range(0, n).Where(c => state[c] == State.Hopeful).ToList();
            var lowest = hopeful.Min(c => votes[c]);
            var tied = hopeful.FindAll(c => votes[c] <= lowest + surplus);
            var loser = tied.Count == 1 ? tied[0] : ties.DrawLot(tied, stages.Count + 1, "candidate to defeat");
            state[loser] = State.Defeated;
            keep[loser] = 0;
            Record(StageActions.Exclusion, loser, []);
        }

        // C: fill any open seats with the remaining hopefuls.
        if (elected.Count < seats)
        {
            var rest = Enumerable.Range(0, n).Where(c => state[c] == State.Hopeful).OrderByDescending(c => votes[c]).ThenBy(c => c).ToList();
            elected.AddRange(rest);
            Record(StageActions.ElectRemaining, null, rest);
        }
        return new CountResult(Name, election.Title, seats, (decimal)quota / One, elected.ConvertAll(c => names[c]), stages, ties.Record, ties.Seed);
    }

    private static long CeilDiv(Int128 a, Int128 b) => (long)((a + b - 1) / b);
}
