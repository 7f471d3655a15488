using System.Collections.Concurrent;
using System.Data.Common;
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
/// message while the others commit. A message arriving alone commits alone, as before.
/// </summary>
internal sealed class SharedCommits(MessageQueues queues, ILogger<SharedCommits> logger)
{
    /// <summary>At most this many messages share a transaction: bounds how long the writer is held.</summary>
    private const int MaxShared = 100;

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
            List<SharedCommit> committed;
            try
            {
                if (message.Outcome.Task.IsCompleted) break;
                using var writer = await queues.EnterWriter(CancellationToken.None);
                committed = await Commit(line.Take(MaxShared), cancellationToken);
            }
            finally
            {
                line.Gate.Release();
            }
            // Outside the writer's turn and the line's gate: the next commit need not wait for the hand-over.
            foreach (var handled in committed) await Deliver(handled);
        }
        await message.Outcome.Task;
    }

    /// <summary>Commits the messages together; returns those that took effect, whose events are yet to be queued.</summary>
    private async Task<List<SharedCommit>> Commit(List<SharedCommit> messages, CancellationToken cancellationToken)
    {
        var leader = messages[0].Db;
        var committed = new List<SharedCommit>();
        try
        {
            await leader.Database.OpenConnectionAsync(cancellationToken);
            var connection = leader.Database.GetDbConnection();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            for (var i = 0; i < messages.Count; i++)
                if (await HandleInSavepoint(messages[i], connection, transaction, $"m{i}", cancellationToken))
                    committed.Add(messages[i]);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception e)
        {
            foreach (var message in messages)
            {
                message.Db.ForgetUncommitted();
                message.Outcome.TrySetException(e);
            }
            return [];
        }
        finally
        {
            foreach (var message in messages) await message.Db.Database.UseTransactionAsync(null, CancellationToken.None);
            await leader.Database.CloseConnectionAsync();
        }
        return committed;
    }

    private async Task<bool> HandleInSavepoint(
        SharedCommit message, DbConnection connection, DbTransaction transaction, string savepoint, CancellationToken cancellationToken)
    {
        var db = message.Db;
        if (db.Database.GetDbConnection() != connection) db.Database.SetDbConnection(connection, contextOwnsConnection: false);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        db.Database.AutoSavepointsEnabled = false; // the message's own savepoint is the one a failure rolls back to
        await transaction.SaveAsync(savepoint, cancellationToken);
        try
        {
            if (await queues.Claim(db, message.Envelope, cancellationToken))
            {
                await message.Handle();
                await db.SaveChangesAsync(cancellationToken);
            }
            return true;
        }
        catch (Exception e)
        {
            await transaction.RollbackAsync(savepoint, cancellationToken);
            db.ChangeTracker.Clear();
            db.ForgetUncommitted();
            message.Outcome.TrySetException(e);
            return false;
        }
    }

    /// <summary>The events a committed handler published go to their queues now (as a committing context does itself).</summary>
    private async Task Deliver(SharedCommit message)
    {
        try
        {
            await message.Db.DeliverCommitted();
            message.Outcome.TrySetResult();
        }
        catch (Exception e)
        {
            // Stored with the commit: they are recovered with this node's messages (see WolverineOutbox).
            logger.LogWarning(e, "Events of a handled {Queue} message were stored but not queued; they are recovered at the next start", message.Queue);
            message.Outcome.TrySetResult();
        }
    }

    private sealed class Line
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public readonly ConcurrentQueue<SharedCommit> Waiting = new();

        public List<SharedCommit> Take(int max)
        {
            var taken = new List<SharedCommit>();
            while (taken.Count < max && Waiting.TryDequeue(out var message)) taken.Add(message);
            return taken;
        }
    }
}

/// <summary>One message's handling, waiting to share a transaction with others of its consumer and association.</summary>
internal sealed record SharedCommit(string Queue, string Association, Envelope Envelope, ModuleDbContext Db, Func<Task> Handle)
{
    public TaskCompletionSource Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
