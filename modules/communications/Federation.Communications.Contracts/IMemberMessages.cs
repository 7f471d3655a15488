namespace Federation.Communications.Contracts;

/// <summary>
/// What communications sent to one member of the current association, for the member's own data
/// export (membership's "Mina uppgifter"). Erasure (<c>MemberErased</c>) removes it. Resolve it optionally.
/// </summary>
public interface IMemberMessages
{
    Task<IReadOnlyList<SentMessage>> SentTo(Guid memberId, CancellationToken cancellationToken = default);
}

/// <summary>One message to the member: when it was made, what kind, by which channel to which address, its subject and status.</summary>
public sealed record SentMessage(DateTime CreatedAt, string Kind, string Channel, string Address, string Subject, string Status, DateTime? SentAt);
