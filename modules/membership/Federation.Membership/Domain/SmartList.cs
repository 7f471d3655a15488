using Federation.Platform.Storage;

namespace Federation.Membership.Domain;

/// <summary>A saved member filter ("smart list"), re-evaluated whenever it is used.</summary>
internal sealed class SmartList : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public required string Name { get; set; }
    public required string Filter { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}
