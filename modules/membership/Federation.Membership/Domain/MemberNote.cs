using Federation.Platform.Storage;

namespace Federation.Membership.Domain;

/// <summary>A note about a member, with who wrote it and when.</summary>
internal sealed class MemberNote : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid MemberId { get; set; }
    public required string Author { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedAt { get; set; }
}
