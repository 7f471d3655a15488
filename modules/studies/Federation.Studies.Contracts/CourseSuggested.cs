namespace Federation.Studies.Contracts;

/// <summary>
/// A member was tipped a course (today: the district's new-member course when they joined). Membership ticks
/// the onboarding step "course tip" from it.
/// </summary>
public sealed record CourseSuggested(string AssociationId, Guid MemberId, string Course) : IIntegrationEvent;
