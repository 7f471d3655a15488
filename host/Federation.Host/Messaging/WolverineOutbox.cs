using Federation.Platform.Messaging;
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
    MessagingSettings settings, ILogger<WolverineOutbox> logger) : IEventOutbox
{
    public async Task<Func<Task>> Write(DbContext db, IReadOnlyList<IIntegrationEvent> events, CancellationToken cancellationToken)
    {
        var context = new MessageContext(runtime);
        context.EnlistInOutbox(new RecoverableLocalEnvelopes(new EfCoreEnvelopeTransaction(db, context)));
        foreach (var message in events)
        {
            var association = directory.Find(message.AssociationId);
            foreach (var consumer in consumers.ConsumersOf(message.GetType()))
            {
                if (association is not null && !association.Enables(consumer.ModuleId)) continue;
                await context.EndpointFor(queues.UriOf(consumer))
                    .SendAsync(message, new DeliveryOptions { TenantId = message.AssociationId });
            }
        }
        return async () =>
        {
            // The envelopes are stored: a broker that does not answer delays them, never the caller.
            try { await context.FlushOutgoingMessagesAsync().WaitAsync(settings.BrokerTimeout); }
            catch (TimeoutException)
            {
                logger.LogWarning("The broker did not take {Count} events within {Timeout}; they stay stored and are sent again",
                    events.Count, settings.BrokerTimeout);
            }
        };
    }

    /// <summary>
    /// Wolverine stores an outbox envelope for a local queue with the status it had when sent
    /// ("Outgoing"), which its recovery never picks up: after a crash between the commit and the
    /// hand-over such a message would wait forever. Stored as "Incoming" for any node, it is
    /// recovered by the next process that polls; a message that runs twice this way is handled
    /// once, because the handler first claims it (<see cref="MessageQueues.Claim"/>).
    /// </summary>
    private sealed class RecoverableLocalEnvelopes(IEnvelopeTransaction inner) : IEnvelopeTransaction
    {
        public Task PersistIncomingAsync(Envelope envelope)
        {
            if (envelope.Status == EnvelopeStatus.Outgoing)
            {
                envelope.Status = EnvelopeStatus.Incoming;
                envelope.OwnerId = Wolverine.Transports.TransportConstants.AnyNode;
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
