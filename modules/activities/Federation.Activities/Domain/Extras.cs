using Federation.Platform.Storage;

namespace Federation.Activities.Domain;

/// <summary>
/// A priority area the association entered itself (Solna 2024: "Titta över vilka våra prioriterade
/// områden vi har och bör ha"); plugins may name more through IPriorityAreas.
/// </summary>
internal sealed class PriorityArea : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>Postal codes in the area, five digits each, comma-separated ("125 30" is stored "12530").</summary>
    public string? PostalCodes { get; set; }
}

/// <summary>A secret calendar feed address: the association's calendar, or one member's sign-ups.</summary>
internal sealed class FeedToken : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";

    /// <summary>Null for the association's feed (the board's address).</summary>
    public Guid? MemberId { get; set; }

    /// <summary>A member's address for the association's whole calendar rather than their own sign-ups.</summary>
    public bool WholeCalendar { get; set; }

    /// <summary>The SHA-256 (hex) of the secret in the address; the secret itself is never stored.</summary>
    public string Token { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
