using Federation.Platform.Messaging;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Wolverine;
using Wolverine.EntityFrameworkCore.Internals;
using Wolverine.Persistence.Durability;
using Wolverine.Runtime;

namespace Federation.Host.Messaging;

/// <summary>
/// The modules' outbox on Wolverine: each event becomes one envelope per consumer whose module
/// the association enabled, stored in the module's own transaction (Wolverine's EF Core envelope
/// transaction) and handed to the consumer's queue after the commit.
/// </summary>
public sealed class WolverineOutbox(
    IWolverineRuntime runtime, HandlerCatalog consumers, IAssociationDirectory directory, MessageQueues queues,
    MessagingSettings settings, StorageOptions storage, ILogger<WolverineOutbox> logger) : IEventOutbox
{
    /// <summary>Who a stored local message belongs to until it is handled (see <see cref="RecoverableLocalEnvelopes"/>).</summary>
    private int LocalOwner => storage.IsSqlite ? runtime.DurabilitySettings.AssignedNodeNumber : Wolverine.Transports.TransportConstants.AnyNode;

    public Task<Func<Task>> Write(DbContext db, IReadOnlyList<IIntegrationEvent> events, CancellationToken cancellationToken) =>
        Write(db, events, only: null, batch: true);

    /// <summary>
    /// As <see cref="Write(DbContext, IReadOnlyList{IIntegrationEvent}, CancellationToken)"/>, for one
    /// consumer of the event only: an old dead letter goes back to the handler that failed it, not to
    /// those that handled it (<see cref="UndeliveredEventsRepublisher"/>).
    /// </summary>
    public Task<Func<Task>> WriteTo(DbContext db, IIntegrationEvent message, HandlerInfo consumer) =>
        Write(db, [message], only: consumer, batch: false);

    /// <summary>The events of a batch that failed, each as a message of its own, to the consumer that failed it.</summary>
    public Task<Func<Task>> WriteEach(DbContext db, IReadOnlyList<IIntegrationEvent> events, HandlerInfo consumer) =>
        Write(db, events, only: consumer, batch: false);

    /// <summary>
    /// One message per consumer and event; with <paramref name="batch"/>, the events one consumer gets for one
    /// association travel together, up to <see cref="MessageQueues.EventsPerTransaction"/> in one <see cref="EventBatch{TEvent}"/>.
    /// Erasures always travel alone: after one, the consumer empties SQLite's log.
    /// </summary>
    private async Task<Func<Task>> Write(DbContext db, IReadOnlyList<IIntegrationEvent> events, HandlerInfo? only, bool batch)
    {
        var perConsumer = new Dictionary<(HandlerInfo Consumer, string Association), List<IIntegrationEvent>>();
        foreach (var message in events)
        {
            var association = directory.Find(message.AssociationId);
            foreach (var consumer in consumers.ConsumersOf(message.GetType()))
            {
                if (only is not null && consumer != only) continue;
                if (association is not null && !Reaches(association, consumer, message)) continue;
                var key = (consumer, message.AssociationId);
                if (!perConsumer.TryGetValue(key, out var list)) perConsumer[key] = list = [];
                list.Add(message);
            }
        }

        var contexts = new List<MessageContext>();
        var inLast = 0;
        foreach (var ((consumer, association), list) in perConsumer)
        {
            var together = batch && consumer.Batched && list.Count > 1 && list[0] is not IErasureEvent;
            IEnumerable<object> messages = together
                ? list.Chunk(queues.EventsPerTransaction).Select(chunk => chunk.Length == 1 ? chunk[0] : EventBatch.Of(consumer.EventType, chunk))
                : list;
            foreach (var message in messages)
            {
                if (contexts.Count == 0 || inLast == EnvelopesPerContext)
                {
                    contexts.Add(NewContext(db));
                    inLast = 0;
                }
                await contexts[^1].EndpointFor(queues.UriOf(consumer)).SendAsync(message, new DeliveryOptions { TenantId = association });
                inLast++;
            }
        }
        // Local queues take the envelopes in memory at once. The broker confirms each message, which
        // for a large import takes seconds: the envelopes are stored, so the caller does not wait.
        return settings.UsesRabbitMq
            ? () => { _ = SendToBroker(contexts, events.Count); return Task.CompletedTask; }
            : async () => { foreach (var context in contexts) await context.FlushOutgoingMessagesAsync(); };
    }

    /// <summary>
    /// A Wolverine context checks each envelope it takes against all it holds (a list), so an import's
    /// 20,000 envelopes in one context cost quadratic time; they are spread over contexts of this many.
    /// </summary>
    private const int EnvelopesPerContext = 200;

    private MessageContext NewContext(DbContext db)
    {
        var context = new MessageContext(runtime);
        context.EnlistInOutbox(new RecoverableLocalEnvelopes(new EfCoreEnvelopeTransaction(db, context), LocalOwner));
        return context;
    }

    /// <summary>
    /// A consumer gets the events of associations that enabled its module, and erasures from every association: a
    /// module turned off keeps its rows, so a member erased meanwhile must leave them too.
    /// </summary>
    public static bool Reaches(Association association, HandlerInfo consumer, IIntegrationEvent message) =>
        association.Enables(consumer.ModuleId) || message is IErasureEvent;

    private async Task SendToBroker(List<MessageContext> contexts, int events)
    {
        try { await Task.WhenAll(contexts.Select(c => c.FlushOutgoingMessagesAsync())).WaitAsync(settings.BrokerTimeout); }
        catch (TimeoutException)
        {
            logger.LogWarning("The broker has not confirmed {Count} events within {Timeout}; they stay stored until it does",
                events, settings.BrokerTimeout);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Sending {Count} events to the broker failed; they stay stored and are sent again", events);
        }
    }

    /// <summary>
    /// Wolverine stores an outbox envelope for a local queue with the status it had when sent
    /// ("Outgoing"), which its recovery never picks up: after a crash between the commit and the
    /// hand-over such a message would wait forever. So it is stored as "Incoming". On SQLite it is
    /// owned by this process, as Wolverine stores its own durable local messages: the recovery sweep
    /// leaves it alone while this process holds it in memory (owned by no node, a large import's
    /// messages were swept up and queued a second time), and the next start releases it
    /// (<see cref="SoloStartRecovery"/>). With PostgreSQL it is owned by no node, so that any instance
    /// recovers it: a restarted Balanced node does not release what its predecessor owned. A message
    /// that runs twice is handled once, because the handler first claims it (<see cref="MessageQueues.Claim"/>).
    /// </summary>
    private sealed class RecoverableLocalEnvelopes(IEnvelopeTransaction inner, int owner) : IEnvelopeTransaction
    {
        public Task PersistIncomingAsync(Envelope envelope)
        {
            if (envelope.Status == EnvelopeStatus.Outgoing)
            {
                envelope.Status = EnvelopeStatus.Incoming;
                envelope.OwnerId = owner;
            }
            return inner.PersistIncomingAsync(envelope);
        }

        public Task PersistOutgoingAsync(Envelope envelope) => inner.PersistOutgoingAsync(envelope);
        public Task PersistOutgoingAsync(Envelope[] envelopes) => inner.PersistOutgoingAsync(envelopes);
        public ValueTask RollbackAsync() => inner.RollbackAsync();
        public Task<bool> TryMakeEagerIdempotencyCheckAsync(Envelope envelope, DurabilitySettings settings, CancellationToken cancellation) =>
            inner.TryMakeEagerIdempotencyCheckAsync(envelope, settings, cancellation);
    }
}
