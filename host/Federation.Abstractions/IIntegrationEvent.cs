namespace Federation;

/// <summary>
/// A message between modules. Every event belongs to one association (or the district),
/// so consumers run in that association's context and skip it when their module is off.
/// </summary>
public interface IIntegrationEvent
{
    string AssociationId { get; }
}
