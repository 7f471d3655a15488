using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Federation.Platform.Storage;

/// <summary>
/// Per-connection SQLite settings.
/// <c>busy_timeout</c>: Microsoft.Data.Sqlite retries a busy database in 150 ms sleeps; SQLite's own
/// handler retries within a millisecond or two, which is what keeps a message handler from waiting a
/// whole step for another handler's short commit.
/// <c>mmap_size</c>: reads go through a memory map of the file that every pooled connection shares,
/// instead of copying pages into each connection's 2 MB cache (a member list's count halves).
/// <c>synchronous = NORMAL</c>: in WAL mode a commit survives a crash of the process without an
/// fsync of its own (the WAL is synced at checkpoints); only a power cut can take the last few
/// commits, never the file's consistency. Every message handled is a commit, so this is their pace.
/// <c>secure_delete</c>: deleted and overwritten rows are zeroed in the file, so an erased member or a
/// deleted note cannot be read from the raw bytes (issue 15; <see cref="SqliteLog"/> empties the log).
/// <c>wal_autocheckpoint = 0</c>: no commit copies the log back into the file on the way (the one that crossed
/// 1,000 pages did, holding the single writer meanwhile); the host's checkpointer does it beside the writer.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA mmap_size = 1073741824; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON; PRAGMA wal_autocheckpoint = 0;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
