using Federation.Platform.Storage;

namespace Federation.Elections.Domain;

/// <summary>One election at a meeting: a position, its seats, the counting method and the gender rule.</summary>
internal sealed class Election : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid MeetingId { get; set; }

    /// <summary>What is elected, as in <see cref="Contracts.ElectionConcluded.Position"/>; see <see cref="Positions"/>.</summary>
    public required string Position { get; set; }
    public required string Title { get; set; }
    public int Seats { get; set; }
    public required string Method { get; set; }
    public string GenderRule { get; set; } = GenderRules.None;
    public string Status { get; set; } = ElectionStatus.Nominating;

    /// <summary><see cref="VotingModes"/>; set when voting opens.</summary>
    public string? VotingMode { get; set; }
    public DateOnly? TermFrom { get; set; }
    public DateOnly? TermUntil { get; set; }

    /// <summary>Codes handed out for a digital ballot (the count, not who got them).</summary>
    public int CodesIssued { get; set; }

    /// <summary>The seed for drawing lots, recorded when concluded (a ulong as text).</summary>
    public string? Seed { get; set; }

    /// <summary>The <see cref="Outcome"/> as JSON once concluded.</summary>
    public string? OutcomeJson { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ConcludedAt { get; set; }

    /// <summary>For the statutes' majority re-vote: the first round this round completes.</summary>
    public Guid? FirstRoundId { get; set; }
}

internal static class ElectionStatus
{
    public const string Nominating = "nominating";
    public const string Voting = "voting";
    public const string Concluded = "concluded";
}

internal static class VotingModes
{
    /// <summary>Paper ballots entered by tellers (rösträknare).</summary>
    public const string Paper = "paper";

    /// <summary>Secret ballot with single-use codes at the meeting.</summary>
    public const string Digital = "digital";

    /// <summary>Votes per list entered as totals, for a list/seat allocation.</summary>
    public const string Totals = "totals";
}
