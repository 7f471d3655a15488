namespace Federation.Membership.Contracts;

/// <summary>
/// A member asked to be erased (GDPR). Every module removes or anonymises what it holds about
/// <see cref="MemberId"/>, keeping only anonymous counts.
/// </summary>
public sealed record MemberErased(string AssociationId, Guid MemberId) : IErasureEvent;
