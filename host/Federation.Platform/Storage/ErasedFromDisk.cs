using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Storage;

/// <summary>
/// After an erasure commits: SQLite keeps the pages as they were before the change in its write-ahead log
/// until a checkpoint, so the erased data could still be read from the <c>-wal</c> file. A TRUNCATE checkpoint
/// copies the current (zeroed, see <see cref="SqlitePragmas"/>) pages into the database and empties the log.
/// On PostgreSQL old row versions stay in the server's files until (auto)vacuum reclaims them: the operator's part.
/// </summary>
public static class ErasedFromDisk
{
    public static async Task Checkpoint(DbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
    }
}
