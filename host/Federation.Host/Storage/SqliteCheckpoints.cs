using Federation.Platform.Storage;
using Microsoft.Data.Sqlite;

namespace Federation.Host.Storage;

/// <summary>
/// Copies the write-ahead log back into the database file beside the writer, not inside a commit. SQLite's own
/// automatic checkpoint runs in whichever commit crosses 1,000 pages of log — on the one writer that every message
/// waits for — so the product's connections turn it off (<see cref="SqlitePragmas"/>) and this runs a passive
/// checkpoint, which never waits for readers or the writer, twice a second, in turn with the TRUNCATE checkpoints
/// that empty the log after a vote or an erasure (<see cref="SqliteLog.InTurn"/>). The log is synced to disk here as well.
/// </summary>
internal sealed class SqliteCheckpoints(StorageOptions storage, ILogger<SqliteCheckpoints> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SqliteLog.InTurn(storage.SqliteConnectionString, async () =>
                {
                    await using var connection = new SqliteConnection(storage.SqliteConnectionString);
                    await connection.OpenAsync(stoppingToken);
                    await using var command = connection.CreateCommand();
                    command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
                    return await command.ExecuteNonQueryAsync(stoppingToken);
                });
            }
            catch (SqliteException e)
            {
                logger.LogWarning("A checkpoint of the SQLite log failed and is tried again: {Error}", e.Message);
            }
        }
    }
}
