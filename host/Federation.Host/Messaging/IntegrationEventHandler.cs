using Federation.Platform.Modules;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Wolverine.Runtime;
using Wolverine.Runtime.Handlers;

namespace Federation.Host.Messaging;

/// <summary>
/// Runs a module's handler for one message from its consumer's queue: in the message's
/// association (the envelope's tenant id), only if that association enabled the module, and
/// once — the handler's changes, the events it publishes and the claim of the message in
/// Wolverine's durable inbox commit in one transaction. Written by hand rather than generated,
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
        if (target is null || !target.Enables(consumer.ModuleId)) return;

        var queues = root.GetRequiredService<MessageQueues>();
        await using var scope = root.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(target);
        var handler = (IIntegrationEventHandler<TEvent>)scope.ServiceProvider.GetRequiredService(consumer.HandlerType);
        await handler.Prepare(message, cancellationToken);
        using var writer = await queues.EnterWriter(cancellationToken);
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(consumer.ContextType);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await queues.Claim(db, envelope, cancellationToken)) return;
        await handler.Handle(message, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (message is IErasureEvent) await SqliteLog.Truncate(db, cancellationToken);
    }
}
