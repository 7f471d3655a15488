using Federation.Host.Messaging;
using Federation.Platform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Federation.TestSupport;

/// <summary>
/// Every integration event whose transaction committed, in order: the real outbox does the work,
/// this records what it was given, so a test can check what a module published.
/// </summary>
public sealed class PublishedEvents
{
    private readonly List<IIntegrationEvent> events = [];

    public IReadOnlyList<IIntegrationEvent> All { get { lock (events) return events.ToList(); } }

    public IReadOnlyList<T> Of<T>() where T : IIntegrationEvent => All.OfType<T>().ToList();

    public IReadOnlyList<IIntegrationEvent> In(string associationId) => All.Where(e => e.AssociationId == associationId).ToList();

    /// <summary>Called right after a transaction with events committed, before they are queued (benchmarks time from here).</summary>
    public Action<IReadOnlyList<IIntegrationEvent>>? Committed { get; set; }

    internal sealed class Recorder(PublishedEvents published, IEventOutbox outbox) : IEventOutbox
    {
        public async Task<Func<Task>> Write(DbContext db, IReadOnlyList<IIntegrationEvent> events, CancellationToken cancellationToken)
        {
            var deliver = await outbox.Write(db, events, cancellationToken);
            return async () =>
            {
                lock (published.events) published.events.AddRange(events);
                published.Committed?.Invoke(events);
                await deliver();
            };
        }
    }
}
