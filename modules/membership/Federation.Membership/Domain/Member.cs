using Federation.Platform.Storage;

namespace Federation.Membership.Domain;

/// <summary>A member (medlem) of one association, keyed by the central register's member number.</summary>
internal sealed class Member : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public required string MemberNumber { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public string? Email { get; set; }
    public DateOnly JoinedOn { get; set; }
    public DateTime CreatedAt { get; set; }

    public string Name => $"{FirstName} {LastName}";
}
