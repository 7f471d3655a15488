namespace Federation.Elections.Counting;

/// <summary>The full record of a count: enough to show every stage and to re-run it
/// (same ballots + same <see cref="Seed"/> ⇒ same result).</summary>
internal sealed record CountResult(
    string Method,
    string Title,
    int Seats,
    decimal? Quota,
    IReadOnlyList<string> Elected,
    IReadOnlyList<CountStage> Stages,
    IReadOnlyList<TieBreak> TieBreaks,
    ulong Seed)
{
    /// <summary>Schulze: the full ranking, best first; candidates in one group are tied.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? Ranking { get; init; }

    /// <summary>Majority: the candidates who go to the re-vote for the seats still open.</summary>
    public IReadOnlyList<string>? ReVote { get; init; }
}

/// <summary>One stage of a count. <see cref="Totals"/> are each candidate's (or party's) votes at the
/// end of the stage; for list methods they are the comparison numbers (jämförelsetal).</summary>
internal sealed record CountStage(
    int Number,
    string Action,
    string? Candidate,
    IReadOnlyDictionary<string, decimal> Totals,
    IReadOnlyList<string> Elected)
{
    /// <summary>STV/IRV: value of papers with no further preference, cumulative.</summary>
    public decimal? NonTransferable { get; init; }
}

/// <summary>How a tie was resolved: by an earlier stage, or by lot with the draw's seed.</summary>
internal sealed record TieBreak(int Stage, string Purpose, IReadOnlyList<string> Tied, string Chosen, string ResolvedBy, ulong? Seed);

internal static class StageActions
{
    public const string FirstPreferences = "first preferences";
    public const string Surplus = "transfer surplus";
    public const string Exclusion = "exclude";
    public const string ElectRemaining = "elect remaining";
}
