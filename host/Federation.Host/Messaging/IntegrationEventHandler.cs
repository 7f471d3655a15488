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
    protected override async Task HandleAsync(TEvent message, MessageContext context, CancellationToken cancellationToken)
    {
        var envelope = context.Envelope!;
        var root = context.Runtime.Services;
        var consumer = root.GetRequiredService<HandlerCatalog>().ForQueue(MessageQueues.QueueOf(envelope.Destination!));
        var target = root.GetRequiredService<IAssociationDirectory>().Find(envelope.TenantId ?? message.AssociationId);
        if (target is null || !WolverineOutbox.Reaches(target, consumer, message)) return;

        await root.GetRequiredService<MessagingMetrics>().Measure(consumer.Queue, target.Id, () => Handle(message, envelope, root, consumer, target, cancellationToken));
    }

    private static async Task Handle(TEvent message, Wolverine.Envelope envelope, IServiceProvider root, HandlerInfo consumer, Association target, CancellationToken cancellationToken)
    {
        await using var scope = root.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(target);
        var handler = (IIntegrationEventHandler<TEvent>)scope.ServiceProvider.GetRequiredService(consumer.HandlerType);
        await handler.Prepare(message, cancellationToken);
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(consumer.ContextType);
        // Sets the context up (its internal services, its connection object) here, beside other messages'
        // work, not in the shared commit, where every step waits for SQLite's single writer.
        _ = db.Database.GetDbConnection();
        await root.GetRequiredService<SharedCommits>().Run(
            new SharedCommit(consumer.Queue, target.Id, envelope, db, () => handler.Handle(message, cancellationToken)), cancellationToken);
        if (message is IErasureEvent) await EmptySqliteLog(root, consumer, cancellationToken);
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
