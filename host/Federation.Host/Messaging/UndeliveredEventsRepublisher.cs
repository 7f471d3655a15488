using System.Text.Json;
using Federation.Host.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Host.Messaging;

/// <summary>
/// Publishes again what the old outboxes left undelivered when the database moved to Wolverine
/// (<see cref="UndeliveredEvent"/>): at start-up, after Wolverine's own hosted service has started
/// the message store and the queues, each row is published the normal way — stored as messages in
/// the same transaction that deletes the row, so it is neither lost nor sent twice. An old dead
/// letter goes to the one consumer that failed it. A row whose type or consumer this binary does
/// not know stays, with an error in the log. After the first start the table is empty: one query.
/// </summary>
internal sealed class UndeliveredEventsRepublisher(
    IServiceProvider services, HandlerCatalog consumers, WolverineOutbox outbox, ILogger<UndeliveredEventsRepublisher> logger) : IHostedService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        List<UndeliveredEvent> rows;
        await using (var scope = services.CreateAsyncScope())
            rows = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().UndeliveredEvents
                .AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken);
        foreach (var row in rows) await Republish(row, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task Republish(UndeliveredEvent row, CancellationToken cancellationToken)
    {
        if (Read(row) is not { } message) return;
        // An old dead letter names its consumer as the old inbox did: the queue's name, cased as the classes are.
        var consumer = row.Consumer is null ? null
            : consumers.All.FirstOrDefault(c => c.Queue.Equals(row.Consumer, StringComparison.OrdinalIgnoreCase));
        if (row.Consumer is not null && consumer is null)
        {
            logger.LogError("Undelivered event {Id} ({Type}) was for the consumer {Consumer}, which this host does not have; it stays in undelivered_events",
                row.Id, row.Type, row.Consumer);
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Deleted first: of several instances starting together, only the one that deletes the row publishes it.
        if (await db.UndeliveredEvents.Where(r => r.Id == row.Id).ExecuteDeleteAsync(cancellationToken) == 0) return;
        Func<Task>? deliver = null;
        if (consumer is null) db.Publish(message); // stored by SaveChanges, queued after the commit
        else deliver = await outbox.WriteTo(db, message, consumer);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (deliver is not null) await deliver();
    }

    private IIntegrationEvent? Read(UndeliveredEvent row)
    {
        var type = Type.GetType(row.Type, throwOnError: false);
        if (type is null || !typeof(IIntegrationEvent).IsAssignableFrom(type))
        {
            logger.LogError("Undelivered event {Id} has the type {Type}, which this host does not know; it stays in undelivered_events",
                row.Id, row.Type);
            return null;
        }
        try
        {
            return (IIntegrationEvent?)JsonSerializer.Deserialize(row.Payload, type, Json) ?? throw new JsonException("The payload is null.");
        }
        catch (JsonException e)
        {
            logger.LogError(e, "Undelivered event {Id} ({Type}) cannot be read; it stays in undelivered_events", row.Id, row.Type);
            return null;
        }
    }
}
