using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Messaging;

/// <summary>
/// Writes a module's integration events into the transaction of the change that raised them, so
/// that a crash after the commit loses nothing. The host implements it on its message store;
/// modules only call <see cref="Storage.ModuleDbContext.Publish"/>.
/// </summary>
public interface IEventOutbox
{
    /// <summary>
    /// Stores <paramref name="events"/> in <paramref name="db"/>'s open transaction, one message per
    /// consumer; returns what hands them to their queues once that transaction has committed.
    /// </summary>
    Task<Func<Task>> Write(DbContext db, IReadOnlyList<IIntegrationEvent> events, CancellationToken cancellationToken);
}
