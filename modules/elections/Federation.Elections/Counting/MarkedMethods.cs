namespace Federation.Elections.Counting;

/// <summary>Methods for marked papers: <c>approval</c>, <c>plurality</c> and the statutes' <c>majority</c>.</summary>
internal static class MarkedMethods
{
    public const string Approval = "approval";
    public const string Plurality = "plurality";
    public const string Majority = "majority";

    /// <summary>Approval (each voter up to one mark per seat): the most-marked candidates are elected;
    /// equal votes at the last seat are drawn by lot.</summary>
    public static CountResult CountApproval(MarkedElection election, int seats, TieBreaker ties) =>
        MostVotes(Approval, election, seats, orderMatters: false, ties);

    /// <summary>Plurality: the most votes win, listed in order of votes with ties drawn by lot, so the
    /// same count orders substitutes and decides a majority re-vote.</summary>
    public static CountResult CountPlurality(MarkedElection election, int seats, TieBreaker ties) =>
        MostVotes(Plurality, election, seats, orderMatters: true, ties);

    private static CountResult MostVotes(string method, MarkedElection election, int seats, bool orderMatters, TieBreaker ties)
    {
        var (votes, _) = election.Tally(seats);
        var elected = VoteRanking.Top(Enumerable.Range(0, votes.Length), votes, seats, orderMatters, ties, 1, "equal votes");
        var names = election.Candidates;
        var stage = new CountStage(1, "votes", null, VoteRanking.Totals(names, votes), elected.ConvertAll(c => names[c]));
        return new CountResult(method, election.Title, seats, null, stage.Elected, [stage], ties.Record, ties.Seed);
    }

    /// <summary>The party's statutes: elected needs more than half of the valid (non-blank) papers.
    /// Seats left open go to a re-vote among the highest non-elected, at most twice as many as the
    /// open seats (equal votes at that boundary drawn by lot). The re-vote's papers are counted with
    /// <see cref="CountPlurality"/> for the open seats. <see cref="CountResult.Quota"/> is the
    /// smallest vote that is a majority.</summary>
    public static CountResult CountMajority(MarkedElection election, int seats, TieBreaker ties)
    {
        var (votes, valid) = election.Tally(seats);
        var names = election.Candidates;
        var all = Enumerable.Range(0, votes.Length).ToList();
        var withMajority = all.FindAll(c => 2 * votes[c] > valid);
        var elected = VoteRanking.Top(withMajority, votes, seats, orderMatters: false, ties, 1, "majority candidates for the seats");
        var open = seats - elected.Count;
        var reVote = open == 0 ? [] : VoteRanking.Top(all.Except(elected), votes, 2 * open, orderMatters: false, ties, 1, "places in the re-vote");
        var stage = new CountStage(1, "votes", null, VoteRanking.Totals(names, votes), elected.ConvertAll(c => names[c]));
        return new CountResult(Majority, election.Title, seats, valid / 2 + 1, stage.Elected, [stage], ties.Record, ties.Seed)
        {
            ReVote = reVote.ConvertAll(c => names[c]),
        };
    }
}
