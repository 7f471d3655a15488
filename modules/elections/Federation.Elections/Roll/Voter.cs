using Federation.Platform.Storage;

namespace Federation.Elections.Roll;

/// <summary>A person on a meeting's voting roll (röstlängd): eligible to vote, and present once
/// checked in. Members come from the register when membership is on; others are entered by hand.</summary>
internal sealed class Voter : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid MeetingId { get; set; }

    /// <summary>Null when entered by hand, and after the member is erased.</summary>
    public Guid? MemberId { get; set; }
    public required string Name { get; set; }
    public bool Present { get; set; }
    public DateTime AddedAt { get; set; }
}

/// <summary>That a voter has received their code in one election — not which code: the code's hash
/// is stored apart (<see cref="Voting.BallotCode"/>) with nothing linking the two.</summary>
internal sealed class CodeIssue : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid ElectionId { get; set; }
    public Guid VoterId { get; set; }
}
