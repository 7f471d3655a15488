namespace Federation.Platform.Storage;

/// <summary>A row that belongs to one association (or the district). Storage filters and stamps it.</summary>
public interface IAssociationOwned
{
    string AssociationId { get; set; }
}
