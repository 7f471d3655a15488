using Federation.Platform.Storage;

namespace Federation.Board.Domain;

/// <summary>
/// An elected official's wish for a mentor, which the district helps to meet: "Förtroendevalda inom partiföreningar och
/// kommungrupper som önskar stöd i form av en mentor, men inte har möjlighet att rekrytera någon på egen hand, ska få
/// hjälp av distriktet att hitta någon" (Storstockholm 2025–2027); "Stötta förtroendevalda i att hitta mentorer, till
/// exempel för kvinnor i ledande ställning" (2023–2025). Owned by the official's association; the district writes the match.
/// </summary>
internal sealed class MentorRequest : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid MemberId { get; set; }
    public string Name { get; set; } = "";

    /// <summary>What the official asks support for ("nyvald i socialnämnden, vill ha stöd i budgetarbetet").</summary>
    public string Support { get; set; } = "";

    public string RequestedBy { get; set; } = "";
    public DateTime RequestedAt { get; set; }
    public MentorStatus Status { get; set; } = MentorStatus.Requested;

    /// <summary>The mentor the district found, by name and how to reach them; or, when closed, why.</summary>
    public string? Mentor { get; set; }

    public string? Note { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAt { get; set; }
}

internal enum MentorStatus { Requested, Matched, Closed }
