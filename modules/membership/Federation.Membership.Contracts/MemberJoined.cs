namespace Federation.Membership.Contracts;

/// <summary>A person became a member of an association. Carries no personal data beyond the member id.</summary>
public sealed record MemberJoined(string AssociationId, Guid MemberId, DateOnly JoinedOn) : IIntegrationEvent;
