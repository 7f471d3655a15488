using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Federation.Platform.Storage;
using Wolverine;
using Wolverine.RDBMS;
using Wolverine.Runtime;

namespace Federation.Host.Messaging;

/// <summary>
/// The consumers' queues and Wolverine's message store behind them: where a consumer's queue is
/// on the configured transport, the claim that makes a message take effect once, and how much
/// is waiting (admin page, health, tests and demo data wait for quiet).
/// </summary>
public sealed class MessageQueues(MessagingSettings settings, StorageOptions storage, IServiceProvider services)
{
    private readonly SemaphoreSlim sqliteWriter = new(1, 1);

    private IWolverineRuntime Runtime => services.GetRequiredService<IWolverineRuntime>();

    private IMessageDatabase Store => Runtime.Storage as IMessageDatabase
        ?? throw new InvalidOperationException("Messages are not stored in the product's database.");

    public Uri UriOf(HandlerInfo consumer) =>
        new(settings.UsesRabbitMq ? $"rabbitmq://queue/{consumer.Queue}" : $"local://{consumer.Queue}");

    public static string QueueOf(Uri destination) =>
        destination.Scheme == "local" ? destination.Host : destination.Segments[^1].TrimEnd('/');

    /// <summary>
    /// On SQLite, handlers take turns here: the file has one writer, and handlers that wait for it
    /// inside SQLite sleep in its busy handler (1, 2, 5, 10 … ms) instead of starting the moment it
    /// is free. PostgreSQL commits them side by side.
    /// </summary>
    internal async Task<IDisposable?> EnterWriter(CancellationToken cancellationToken)
    {
        if (!storage.IsSqlite) return null;
        await sqliteWriter.WaitAsync(cancellationToken);
        return new Release(sqliteWriter);
    }

    /// <summary>
    /// At most about this many events share a transaction, and travel in one <see cref="EventBatch{TEvent}"/>. On SQLite
    /// the transaction holds the file's one writer, and a page's own save waits in SQLite's busy handler, which looks
    /// every 100 ms for a moment when no commit holds it: short transactions leave it such moments during an import's
    /// drain (with 100, a member added by hand waited for the whole drain).
    /// </summary>
    internal int EventsPerTransaction => storage.IsSqlite ? 20 : 100;

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }

    /// <summary>
    /// Marks the message handled inside the handler's own transaction, if nobody has: false means
    /// it already took effect (a second delivery after a crash or a recovery sweep), so the
    /// handler must not run. A concurrent claimer waits on the row and then finds it handled.
    /// </summary>
    internal async Task<bool> Claim(DbContext db, Envelope envelope, CancellationToken cancellationToken)
    {
        var store = Store;
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText =
            $"update {store.TableNameFor(DatabaseConstants.IncomingTable)} set {DatabaseConstants.Status} = '{EnvelopeStatus.Handled}', " +
            $"{DatabaseConstants.KeepUntil} = @keep, {DatabaseConstants.Body} = @none " +
            $"where {DatabaseConstants.Id} = @id and {DatabaseConstants.Status} <> '{EnvelopeStatus.Handled}'";
        // A handled message's body is never read again: the row stays small.
        command.With("id", envelope.Id)
            .With("keep", DateTimeOffset.UtcNow + Runtime.Options.Durability.KeepAfterMessageHandling)
            .With("none", Array.Empty<byte>());
        var claimed = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        envelope.Status = EnvelopeStatus.Handled; // either way: Wolverine need not mark it again
        return claimed;
    }

    /// <summary>Messages stored and not yet handled (or waiting to reach the broker); dead letters are not counted.</summary>
    public async Task<long> Waiting(CancellationToken cancellationToken = default)
    {
        var store = Store;
        await using var connection = store.DataSource.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"select (select count(*) from {store.TableNameFor(DatabaseConstants.IncomingTable)} where {DatabaseConstants.Status} <> '{EnvelopeStatus.Handled}')" +
            $" + (select count(*) from {store.TableNameFor(DatabaseConstants.OutgoingTable)})";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }

    /// <summary>For <c>/health</c>: degraded while any message is a dead letter, unhealthy if the store cannot be read.</summary>
    public async Task<MessageHealth> Health(CancellationToken cancellationToken)
    {
        try
        {
            var waiting = await Waiting(cancellationToken);
            var dead = (await Runtime.Storage.Admin.FetchCountsAsync()).DeadLetter;
            return dead > 0
                ? new("degraded", $"{dead} messages could not be handled (see /admin)", waiting, dead)
                : new("healthy", $"{waiting} messages waiting", waiting, dead);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            return new("unhealthy", e.Message, 0, 0);
        }
    }

    /// <summary>
    /// Waits until nothing is waiting twice in a row (a handler's own events are stored before its
    /// message is marked handled). The count reads the whole inbox table, so while much is waiting
    /// it looks less often: every 20 ms at first, then up to every half second.
    /// </summary>
    public async Task WaitUntilQuiet(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        var quietChecks = 0;
        var pause = TimeSpan.FromMilliseconds(20);
        while (quietChecks < 2)
        {
            var waiting = await Waiting(cancellationToken);
            quietChecks = waiting == 0 ? quietChecks + 1 : 0;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{waiting} messages are still waiting after {timeout.TotalSeconds:0} s.");
            if (quietChecks == 2) return;
            await Task.Delay(waiting == 0 ? TimeSpan.FromMilliseconds(20) : pause, cancellationToken);
            pause = TimeSpan.FromMilliseconds(Math.Min(500, pause.TotalMilliseconds * 2));
        }
    }
}

public sealed record MessageHealth(string Status, string Description, long Waiting, long DeadLetters);
