using Federation.Platform.Storage;

namespace Federation.Elections.Domain;

/// <summary>A meeting that holds elections, e.g. the annual meeting (årsmöte): "Val av ordförande,
/// kassör samt styrelseledamöter görs i samband med årsmöte" (seed 002, Solna).</summary>
internal sealed class Meeting : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public required string Title { get; set; }
    public DateOnly HeldOn { get; set; }

    /// <summary>Members may nominate until this instant (UTC); afterwards only from the floor.</summary>
    public DateTime? NominationDeadline { get; set; }

    public DateTime CreatedAt { get; set; }
}
