namespace Federation.Studies.Contracts;

/// <summary>
/// A member was tipped a course (today: the district's new-member course when they joined). The
/// communications module sends the tip to the member where the association enabled it; the
/// onboarding step "course tip" is ticked only when the tip reached the member or a person ticks it.
/// </summary>
public sealed record CourseSuggested(string AssociationId, Guid MemberId, string Course) : IIntegrationEvent;
