namespace Federation.Studies.Contracts;

/// <summary>
/// An association reported a study circle to ABF: it met ABF's rules (≥ 3 participants aged 13 or older
/// besides the leader, ≥ 3 sessions, ≥ 9 study hours, ≤ 4 study hours a session). Counts only, no names.
/// </summary>
public sealed record StudyCircleReported(
    string AssociationId,
    Guid CircleId,
    string Title,
    int Participants,
    int Sessions,
    decimal StudyHours,
    DateOnly ReportedOn) : IIntegrationEvent;
