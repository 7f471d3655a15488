using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Storage;

/// <summary>
/// SQLite keeps the pages as they were before a change in its write-ahead log until a checkpoint: after an
/// erasure the erased data could still be read from the <c>-wal</c> file, and after a vote the log's frames
/// would keep the ballots in casting order. A TRUNCATE checkpoint copies the current pages (deleted rows zeroed,
/// see <see cref="SqlitePragmas"/>) into the database and empties the log. On PostgreSQL old row versions stay
/// in the server's files until (auto)vacuum reclaims them: the operator's part.
/// </summary>
public static class SqliteLog
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Turns = new(StringComparer.Ordinal);

    public static async Task Truncate(DbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
            await InTurn(db.Database.GetConnectionString()!, () => db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken));
    }

    /// <summary>
    /// Runs a checkpoint of the connection string's file while no other checkpoint of that file in this process runs.
    /// SQLite answers a checkpoint that meets another one with "busy" at once — its checkpoint lock never waits — so a
    /// vote's or an erasure's TRUNCATE came back undone whenever the host's periodic passive checkpoint
    /// (<c>SqliteCheckpoints</c>) happened to be running.
    /// </summary>
    public static async Task<T> InTurn<T>(string connectionString, Func<Task<T>> checkpoint)
    {
        var file = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
        var turn = Turns.GetOrAdd(file, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync();
        try { return await checkpoint(); }
        finally { turn.Release(); }
    }
}
