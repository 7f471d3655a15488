namespace Federation.Studies.Contracts;

/// <summary>
/// A member signed up for a course occasion (tillfälle), or moved from the waiting list to a place.
/// <see cref="AssociationId"/> is the member's own association, also for a district course, so the
/// confirmation goes out through the member's association.
/// </summary>
public sealed record CourseSignUpConfirmed(
    string AssociationId,
    Guid MemberId,
    Guid OccasionId,
    string Course,
    DateTimeOffset Start,
    string? Place,
    bool OnWaitingList) : IIntegrationEvent;

/// <summary>A member completed a course. <see cref="CourseKind"/> is one of the studies module's course kinds.</summary>
public sealed record CourseCompleted(
    string AssociationId,
    Guid MemberId,
    Guid CourseId,
    string CourseKind,
    DateOnly CompletedOn) : IIntegrationEvent;
