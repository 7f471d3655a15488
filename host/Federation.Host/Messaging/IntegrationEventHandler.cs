using Federation.Platform.Modules;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Wolverine.Runtime;
using Wolverine.Runtime.Handlers;

namespace Federation.Host.Messaging;

/// <summary>
/// Runs a module's handler for one message from its consumer's queue: in the message's
/// association (the envelope's tenant id), only if that association enabled the module (erasures always), and
/// once — the handler's changes, the events it publishes and the claim of the message in
/// Wolverine's durable inbox commit in one transaction, which it may share with other messages
/// of the same consumer and association (<see cref="SharedCommits"/>). Written by hand rather than generated,
/// so no compiler runs at start-up and there is no generated code to keep current.
/// </summary>
internal sealed class IntegrationEventHandler<TEvent> : MessageHandler<TEvent>
    where TEvent : class, IIntegrationEvent
{
    protected override Task HandleAsync(TEvent message, MessageContext context, CancellationToken cancellationToken) =>
        EventHandling.Run<TEvent>(context, [message], cancellationToken);
}

/// <summary>As <see cref="IntegrationEventHandler{TEvent}"/>, for the events of an <see cref="EventBatch{TEvent}"/>: one claim, one transaction.</summary>
internal sealed class EventBatchHandler<TEvent> : MessageHandler<EventBatch<TEvent>>
    where TEvent : class, IIntegrationEvent
{
    protected override Task HandleAsync(EventBatch<TEvent> batch, MessageContext context, CancellationToken cancellationToken) =>
        EventHandling.Run(context, batch.Events, cancellationToken);
}

internal static class EventHandling
{
    public static async Task Run<TEvent>(MessageContext context, IReadOnlyList<TEvent> events, CancellationToken cancellationToken)
        where TEvent : class, IIntegrationEvent
    {
        var envelope = context.Envelope!;
        var root = context.Runtime.Services;
        var consumer = root.GetRequiredService<HandlerCatalog>().ForQueue(MessageQueues.QueueOf(envelope.Destination!));
        var target = root.GetRequiredService<IAssociationDirectory>().Find(envelope.TenantId ?? events[0].AssociationId);
        if (target is null || !WolverineOutbox.Reaches(target, consumer, events[0])) return;

        await root.GetRequiredService<MessagingMetrics>().Measure(consumer.Queue, target.Id, () => Handle(events, envelope, root, consumer, target, cancellationToken));
    }

    private static async Task Handle<TEvent>(IReadOnlyList<TEvent> events, Wolverine.Envelope envelope, IServiceProvider root, HandlerInfo consumer, Association target, CancellationToken cancellationToken)
        where TEvent : class, IIntegrationEvent
    {
        var scopes = new List<AsyncServiceScope>(events.Count);
        try
        {
            var steps = new List<HandlingStep>(events.Count);
            foreach (var message in events)
            {
                var scope = root.CreateAsyncScope();
                scopes.Add(scope);
                scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(target);
                var handler = (IIntegrationEventHandler<TEvent>)scope.ServiceProvider.GetRequiredService(consumer.HandlerType);
                var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(consumer.ContextType);
                // Sets the context up (its internal services, its connection object) here, beside other messages'
                // work, not in the shared commit, where every step waits for SQLite's single writer.
                _ = db.Database.GetDbConnection();
                try { await handler.Prepare(message, cancellationToken); }
                catch (Exception e) when (events.Count > 1)
                {
                    // Fails the batch as a throwing handler would, inside the transaction: it is split.
                    steps = [new HandlingStep(db, () => Task.FromException(e))];
                    break;
                }
                steps.Add(new HandlingStep(db, () => handler.Handle(message, cancellationToken)));
            }
            var outbox = root.GetRequiredService<WolverineOutbox>();
            Func<DbContext, Task<Func<Task>>>? split = events.Count == 1 ? null
                : db => outbox.WriteEach(db, [.. events], consumer);
            await root.GetRequiredService<SharedCommits>().Run(
                new SharedCommit(consumer.Queue, target.Id, envelope, steps, split), cancellationToken);
        }
        finally
        {
            foreach (var scope in scopes) await scope.DisposeAsync();
        }
        if (events[0] is IErasureEvent) await EmptySqliteLog(root, consumer, cancellationToken);
    }

    /// <summary>
    /// After an erasure the erased rows' old pages must leave the write-ahead log. Through a context of its
    /// own: the handler's context shared another's connection for its commit. With the writer held, so the
    /// checkpoint is not cut short by a handler writing.
    /// </summary>
    private static async Task EmptySqliteLog(IServiceProvider root, HandlerInfo consumer, CancellationToken cancellationToken)
    {
        using var writer = await root.GetRequiredService<MessageQueues>().EnterWriter(cancellationToken);
        await using var scope = root.CreateAsyncScope();
        await SqliteLog.Truncate((ModuleDbContext)scope.ServiceProvider.GetRequiredService(consumer.ContextType), cancellationToken);
    }
}
