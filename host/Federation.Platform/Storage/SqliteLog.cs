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
    public static async Task Truncate(DbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
    }
}
