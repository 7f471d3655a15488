namespace Federation.Elections.Contracts;

/// <summary>
/// An election at a meeting is counted and closed. <see cref="Position"/> says what was elected:
/// "chair", "treasurer", "board", "board-substitutes", "auditors", "nomination-committee",
/// "delegates:{body}", "substitutes:{body}" or "list:{name}". The board module updates roles
/// and terms from the first five.
/// </summary>
public sealed record ElectionConcluded(
    string AssociationId,
    Guid ElectionId,
    string Position,
    DateOnly HeldOn,
    DateOnly? TermFrom,
    DateOnly? TermUntil,
    IReadOnlyList<ElectedPerson> Elected) : IIntegrationEvent;

/// <summary>Someone elected, in order (rank 1 first). Guests without a member record have no <see cref="MemberId"/>.</summary>
public sealed record ElectedPerson(Guid? MemberId, string Name, int Rank, string Gender);
