using Federation.Platform.Storage;
using Microsoft.Data.Sqlite;

namespace Federation.Host.Operations;

/// <summary>What the admin page shows an operator about the server: database size, free disk and the last backup.</summary>
public sealed class ServerStatus(StorageOptions storage, BackupStatus backups)
{
    public async Task<ServerFacts> Read(CancellationToken cancellationToken = default)
    {
        long size;
        if (storage.IsSqlite)
        {
            var file = Path.GetFullPath(new SqliteConnectionStringBuilder(storage.SqliteConnectionString).DataSource);
            // The write-ahead log holds recent changes until a checkpoint: it is part of the database's size.
            size = new[] { file, file + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
        }
        else
        {
            await using var connection = await storage.OpenConnection(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "select pg_database_size(current_database())";
            size = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
        }
        Directory.CreateDirectory(storage.DataDirectory);
        var free = new DriveInfo(Path.GetFullPath(storage.DataDirectory)).AvailableFreeSpace;
        return new(size, free, backups.Last());
    }
}

public sealed record ServerFacts(long DatabaseBytes, long FreeDiskBytes, LastBackup Backup)
{
    public static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.0} GB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.0} MB",
        _ => $"{bytes / 1024.0:0} kB",
    };
}
