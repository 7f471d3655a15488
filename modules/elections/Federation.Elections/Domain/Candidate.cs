using Federation.Platform.Storage;

namespace Federation.Elections.Domain;

/// <summary>A nominated person in one election: by the nomination committee (valberedningen), by a
/// member before the deadline, or from the floor at the meeting.</summary>
internal sealed class Candidate : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid ElectionId { get; set; }

    /// <summary>Null for guests without a member record, and after the member is erased.</summary>
    public Guid? MemberId { get; set; }
    public required string Name { get; set; }

    /// <summary>One of <see cref="Federation.Gender"/>; the gender rules read it.</summary>
    public required string Gender { get; set; }
    public required string Source { get; set; }
    public string? Motivation { get; set; }
    public string? Presentation { get; set; }
    public string Answer { get; set; } = Answers.Pending;

    /// <summary>The committee's order of its proposal (1 first); null for other nominations.</summary>
    public int? ProposalRank { get; set; }

    /// <summary>The number on the ballot paper, given when voting opens.</summary>
    public int? BallotNumber { get; set; }
    public DateTime NominatedAt { get; set; }

    /// <summary>Who recorded the answer ("själv" when the candidate answered, signed in) and when.</summary>
    public string? AnsweredBy { get; set; }
    public DateTime? AnsweredAt { get; set; }

    /// <summary>A list in a list/seat allocation: its votes, as entered.</summary>
    public long? Votes { get; set; }
}

internal static class NominationSources
{
    public const string Committee = "nomination-committee";
    public const string Member = "member";
    public const string Floor = "floor";
}

internal static class Answers
{
    public const string Pending = "pending";
    public const string Accepted = "accepted";
    public const string Declined = "declined";
}
