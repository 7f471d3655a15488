using Federation.Host.Storage;
using Federation.Platform.Messaging;
using Federation.Platform.Modules;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Federation.Host.Messaging;

/// <summary>
/// Runs a module's handler for one event: in the event's association, only if that association
/// enabled the module, once per message (the inbox row is written in the handler's transaction),
/// and — when the retries are spent — into the dead-letter list instead of being lost.
/// </summary>
public sealed class InboxConsumer<TEvent, THandler>(
    THandler handler,
    HandlerCatalog catalog,
    IAssociationDirectory directory,
    AssociationContext association,
    IServiceProvider services,
    MessagingSettings settings,
    IOutboxSignal outboxSignal,
    ILogger<InboxConsumer<TEvent, THandler>> logger) : IConsumer<TEvent>
    where TEvent : class, IIntegrationEvent
    where THandler : class, IIntegrationEventHandler<TEvent>
{
    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var info = catalog.For(typeof(THandler), typeof(TEvent));
        var target = directory.Find(context.Message.AssociationId);
        if (target is null || !target.Enables(info.ModuleId)) return;
        association.Enter(target);
        var messageId = context.MessageId ?? throw new InvalidOperationException("A message without an id cannot be de-duplicated.");

        var db = (ModuleDbContext)services.GetRequiredService(info.ContextType);
        if (await db.Inbox.AnyAsync(m => m.MessageId == messageId && m.Handler == info.Name, context.CancellationToken)) return;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
            await handler.Handle(context.Message, context.CancellationToken);
            db.Inbox.Add(new InboxMessage { MessageId = messageId, Handler = info.Name, HandledAt = DateTime.UtcNow });
            await db.SaveChangesAsync(context.CancellationToken);
            await transaction.CommitAsync(context.CancellationToken);
            outboxSignal.Notify();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Another delivery of the same message may have won the race; its inbox row stands.
            if (e is DbUpdateException && await AlreadyHandled(info, messageId)) return;
            if (context.GetRetryAttempt() < settings.RetryLimit) throw;
            logger.LogError(e, "{Handler} failed on message {MessageId} after {Retries} retries; dead-lettered",
                info.Name, messageId, settings.RetryLimit);
            await DeadLetter(context, info, e);
        }
    }

    private async Task<bool> AlreadyHandled(HandlerInfo info, Guid messageId)
    {
        using var scope = services.CreateScope();
        var fresh = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(info.ContextType);
        return await fresh.Inbox.AnyAsync(m => m.MessageId == messageId && m.Handler == info.Name);
    }

    private async Task DeadLetter(ConsumeContext<TEvent> context, HandlerInfo info, Exception error)
    {
        using var scope = services.CreateScope();
        var platform = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        platform.DeadLetters.Add(new DeadLetter
        {
            MessageId = context.MessageId!.Value,
            Type = MessageTypes.NameOf(typeof(TEvent)),
            Payload = System.Text.Json.JsonSerializer.Serialize(context.Message, MessageTypes.Json),
            Handler = info.Name,
            AssociationId = context.Message.AssociationId,
            Error = $"{error.GetType().Name}: {error.Message}",
            FailedAt = DateTime.UtcNow,
        });
        await platform.SaveChangesAsync();
    }
}
