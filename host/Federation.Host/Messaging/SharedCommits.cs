using System.Collections.Concurrent;
using System.Data.Common;
using Federation.Platform.Messaging;
using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore;
using Wolverine;

namespace Federation.Host.Messaging;

/// <summary>
/// Commits the messages one consumer is handling side by side for one association in one
/// transaction. Most of what a handled message costs is the transaction around it (begin, commit,
/// on SQLite the writer's turn), not its rows, and a large import queues thousands at once. Each
/// message keeps its own scope, handler and context — <c>Prepare</c> ran there, outside any
/// transaction —; the contexts share the first one's connection and transaction, each message in a
/// savepoint of its own, so a handler that throws is rolled back alone and Wolverine retries that
/// message while the others commit. A message arriving alone commits alone, as before. The events of
/// an <see cref="EventBatch{TEvent}"/> are one message here: one claim, each event in its own context.
/// </summary>
internal sealed class SharedCommits(MessageQueues queues, IEventOutbox outbox, ILogger<SharedCommits> logger)
{
    private readonly ConcurrentDictionary<(string Queue, string Association), Line> lines = new();

    public async Task Run(SharedCommit message, CancellationToken cancellationToken)
    {
        var line = lines.GetOrAdd((message.Queue, message.Association), _ => new Line());
        line.Waiting.Enqueue(message);
        // Whoever holds the gate commits what is waiting, this message or not; loop until someone took this one.
        // Not cancellable: a message taken into someone else's transaction must keep its scope alive until it ends.
        while (!message.Outcome.Task.IsCompleted)
        {
            await line.Gate.WaitAsync(CancellationToken.None);
            Committed committed;
            try
            {
                if (message.Outcome.Task.IsCompleted) break;
                // Nothing waiting: another commit took this message and is queuing its events now.
                var waiting = line.Take(queues.EventsPerTransaction);
                if (waiting.Count == 0) break;
                using var writer = await queues.EnterWriter(CancellationToken.None);
                committed = await Commit(waiting, cancellationToken);
            }
            finally
            {
                line.Gate.Release();
            }
            // Outside the writer's turn and the line's gate: the next commit need not wait for the hand-over.
            await Deliver(committed);
        }
        await message.Outcome.Task;
    }

    /// <summary>
    /// Commits the messages together, with the events their handlers published stored at once (an import's
    /// MemberJoined handled in one transaction publish their CourseSuggested as one batch).
    /// </summary>
    private async Task<Committed> Commit(List<SharedCommit> messages, CancellationToken cancellationToken)
    {
        var leader = messages[0].Steps[0].Db;
        var committed = new List<SharedCommit>();
        var published = new List<IIntegrationEvent>();
        Func<Task>? queue = null;
        try
        {
            await leader.Database.OpenConnectionAsync(cancellationToken);
            var connection = leader.Database.GetDbConnection();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            for (var i = 0; i < messages.Count; i++)
                if (await HandleInSavepoint(messages[i], connection, transaction, $"m{i}", published, cancellationToken))
                    committed.Add(messages[i]);
            if (published.Count > 0) queue = await outbox.Write(leader, published, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception e)
        {
            foreach (var message in messages) message.Outcome.TrySetException(e);
            return new([], null);
        }
        finally
        {
            foreach (var step in messages.SelectMany(m => m.Steps))
            {
                step.Db.PublishInto = null;
                await step.Db.Database.UseTransactionAsync(null, CancellationToken.None);
            }
            await leader.Database.CloseConnectionAsync();
        }
        return new(committed, queue);
    }

    private async Task<bool> HandleInSavepoint(SharedCommit message, DbConnection connection, DbTransaction transaction,
        string savepoint, List<IIntegrationEvent> published, CancellationToken cancellationToken)
    {
        var publishedBefore = published.Count;
        foreach (var step in message.Steps) await Enlist(step.Db, connection, transaction, published, cancellationToken);
        var claimer = message.Steps[0].Db;
        await transaction.SaveAsync(savepoint, cancellationToken);
        try
        {
            if (await queues.Claim(claimer, message.Envelope, cancellationToken))
                foreach (var step in message.Steps)
                {
                    await step.Handle();
                    await step.Db.SaveChangesAsync(cancellationToken);
                }
            return true;
        }
        catch (Exception e)
        {
            await transaction.RollbackAsync(savepoint, cancellationToken);
            published.RemoveRange(publishedBefore, published.Count - publishedBefore);
            foreach (var step in message.Steps) step.Db.ChangeTracker.Clear();
            if (message.Split is not null && await Split(message, claimer, transaction, savepoint, e, cancellationToken)) return true;
            message.Outcome.TrySetException(e);
            return false;
        }
    }

    /// <summary>
    /// A batch whose handler threw for one of its events goes on as single messages, one per event, to the same
    /// consumer: the others take effect a moment later, the failing one is retried and dead-lettered on its own.
    /// </summary>
    private async Task<bool> Split(SharedCommit message, ModuleDbContext db, DbTransaction transaction, string savepoint, Exception failure, CancellationToken cancellationToken)
    {
        logger.LogWarning(failure, "An event of a batch of {Count} for {Queue} failed; the batch goes on as single messages",
            message.Steps.Count, message.Queue);
        try
        {
            if (await queues.Claim(db, message.Envelope, cancellationToken))
                message.Delivery = await message.Split!(db);
            return true;
        }
        catch (Exception e)
        {
            await transaction.RollbackAsync(savepoint, cancellationToken);
            logger.LogWarning(e, "A batch for {Queue} could not be split; it is retried whole", message.Queue);
            return false;
        }
    }

    private static async Task Enlist(ModuleDbContext db, DbConnection connection, DbTransaction transaction,
        List<IIntegrationEvent> published, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() != connection) db.Database.SetDbConnection(connection, contextOwnsConnection: false);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        db.Database.AutoSavepointsEnabled = false; // the message's own savepoint is the one a failure rolls back to
        db.PublishInto = published;
    }

    /// <summary>After the commit: the events the handlers published, and a split batch's messages, go to their queues.</summary>
    private async Task Deliver(Committed committed)
    {
        await Queue(committed.Published, "the handled messages' events");
        foreach (var message in committed.Messages)
        {
            await Queue(message.Delivery, "a split batch's events");
            message.Outcome.TrySetResult();
        }
    }

    private async Task Queue(Func<Task>? queue, string what)
    {
        if (queue is null) return;
        try { await queue(); }
        catch (Exception e)
        {
            // Stored with the commit: they are recovered with this node's messages (see WolverineOutbox).
            logger.LogWarning(e, "{What} were stored but not queued; they are recovered at the next start", what);
        }
    }

    private sealed record Committed(List<SharedCommit> Messages, Func<Task>? Published);

    private sealed class Line
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public readonly ConcurrentQueue<SharedCommit> Waiting = new();

        /// <summary>Messages in arrival order until they hold <paramref name="max"/> events; at least one.</summary>
        public List<SharedCommit> Take(int max)
        {
            var taken = new List<SharedCommit>();
            var events = 0;
            while (events < max && Waiting.TryDequeue(out var message))
            {
                taken.Add(message);
                events += message.Steps.Count;
            }
            return taken;
        }
    }
}

/// <summary>One event's handler and the context it writes through, prepared outside the transaction.</summary>
internal sealed record HandlingStep(ModuleDbContext Db, Func<Task> Handle);

/// <summary>
/// One message's handling — one event, or a batch's — waiting to share a transaction with others of its consumer
/// and association. <paramref name="Split"/>, for a batch, stores its events as single messages in the given context's
/// transaction and returns what queues them after the commit.
/// </summary>
internal sealed record SharedCommit(
    string Queue, string Association, Envelope Envelope, IReadOnlyList<HandlingStep> Steps, Func<DbContext, Task<Func<Task>>>? Split = null)
{
    public TaskCompletionSource Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>After a split: queues the single messages once the transaction has committed.</summary>
    public Func<Task>? Delivery { get; set; }
}
