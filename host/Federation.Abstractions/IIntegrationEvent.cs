namespace Federation;

/// <summary>
/// A message between modules. Every event belongs to one association (or the district),
/// so consumers run in that association's context and skip it when their module is off.
/// </summary>
public interface IIntegrationEvent
{
    string AssociationId { get; }
}

/// <summary>
/// An event whose handlers remove personal data (erasure). After each handler commits, the host also removes
/// the old copies from the storage file (SQLite's write-ahead log), so nothing erased can be read from the disk.
/// </summary>
public interface IErasureEvent : IIntegrationEvent;
