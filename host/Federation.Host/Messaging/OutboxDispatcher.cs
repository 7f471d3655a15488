using Federation.Platform.Messaging;
using Federation.Platform.Storage;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Federation.Host.Messaging;

/// <summary>
/// Delivers what the modules' outboxes hold, oldest first, after the transaction that wrote
/// it has committed. A row is marked delivered only after the bus accepted it, so a crash in
/// between means it is published again on restart — the consumers' inbox makes that harmless.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceProvider services,
    OutboxSignal signal,
    MessagingSettings settings,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await signal.WaitAsync(settings.FirstSweepDelay, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchOnce(stoppingToken) > 0) { }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Outbox dispatch failed; retrying at the next poll");
            }
            await signal.WaitAsync(settings.OutboxPollInterval, stoppingToken);
        }
    }

    /// <summary>Publishes one batch from every module's outbox; returns how many were delivered.</summary>
    public async Task<int> DispatchOnce(CancellationToken cancellationToken)
    {
        var delivered = 0;
        using var scope = services.CreateScope();
        var bus = scope.ServiceProvider.GetRequiredService<IPublishEndpoint>();
        foreach (var registration in scope.ServiceProvider.GetServices<ModuleDbContextRegistration>())
        {
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType);
            var batch = await db.Outbox.Where(m => m.DeliveredAt == null)
                .OrderBy(m => m.Sequence).Take(BatchSize).ToListAsync(cancellationToken);
            foreach (var row in batch)
            {
                try
                {
                    var message = MessageTypes.Deserialize(row.Type, row.Payload);
                    await bus.Publish(message, message.GetType(), ctx => ctx.MessageId = row.MessageId, cancellationToken);
                    row.DeliveredAt = DateTime.UtcNow;
                    delivered++;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    row.Attempts++;
                    row.LastError = e.Message;
                    logger.LogError(e, "Could not publish outbox message {MessageId} from {Module}", row.MessageId, registration.ModuleId);
                }
            }
            if (batch.Count > 0) await db.SaveChangesAsync(cancellationToken);
        }
        return delivered;
    }
}
