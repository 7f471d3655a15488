namespace Federation.Elections.Contracts;

/// <summary>
/// An election at a meeting is counted and closed. <see cref="Position"/> says what was elected:
/// "chair", "treasurer", "board", "board-substitutes", "auditors", "nomination-committee",
/// "delegates:{body}", "substitutes:{body}", "list:{name}" or "allocation:{name}" (then each
/// "elected" is the list that won that seat). The board module updates roles and terms from the
/// first five. A majority election decided in a re-vote is published once, by the second round,
/// with the elected of both rounds.
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
