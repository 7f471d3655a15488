using System.IO.Compression;
using System.Reflection;
using System.Text.Json;
using Federation.Platform.Storage;
using Microsoft.Data.Sqlite;

namespace Federation.Host.Operations;

/// <summary>
/// A backup is one zip file: <c>federation.db</c> (a copy made with SQLite's online backup API, so
/// it is consistent while the server writes; Wolverine's message store is in the same file), the
/// <c>keys/</c> folder (data-protection keys: without them, sign-in cookies and antiforgery tokens
/// made before the backup cannot be read) and <c>manifest.json</c> (format, product version, each
/// module's last migration, each table's row count — checked again after a restore).
/// </summary>
public sealed class DatabaseBackup(StorageOptions storage, BackupStatus status, TimeProvider clock)
{
    public const int Format = 1;
    private const string DatabaseEntry = "federation.db";
    private const string ManifestEntry = "manifest.json";
    private const string KeysFolder = "keys";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private string DatabaseFile => Path.GetFullPath(new SqliteConnectionStringBuilder(storage.SqliteConnectionString).DataSource);

    /// <summary>
    /// Writes a backup of the live database and keys to <paramref name="file"/> (replacing it only once
    /// complete) and records it as the last backup.
    /// </summary>
    public async Task<BackupManifest> Create(string file, CancellationToken cancellationToken = default)
    {
        if (!storage.IsSqlite)
            throw new InvalidOperationException("backup works on the embedded SQLite database; for PostgreSQL use pg_dump as docs/operations.md shows.");
        if (!File.Exists(DatabaseFile))
            throw new FileNotFoundException($"No database at {DatabaseFile}: nothing to back up (wrong --data folder?).", DatabaseFile);
        file = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var work = Directory.CreateDirectory(file + ".tmp-" + Guid.NewGuid().ToString("N")[..8]).FullName;
        try
        {
            var copy = Path.Combine(work, DatabaseEntry);
            await Copy(DatabaseFile, copy, SqliteOpenMode.ReadWriteCreate, cancellationToken);
            var manifest = new BackupManifest(Format, ProductVersion, clock.GetUtcNow(), await Migrations(copy), await Counts(copy));
            var partial = file + ".partial";
            using (var zip = ZipFile.Open(partial, ZipArchiveMode.Create))
            {
                zip.CreateEntryFromFile(copy, DatabaseEntry, CompressionLevel.Fastest);
                var keys = Path.Combine(storage.DataDirectory, KeysFolder);
                if (Directory.Exists(keys))
                    foreach (var key in Directory.GetFiles(keys))
                        zip.CreateEntryFromFile(key, $"{KeysFolder}/{Path.GetFileName(key)}");
                await using var entry = zip.CreateEntry(ManifestEntry).Open();
                await JsonSerializer.SerializeAsync(entry, manifest, Json, cancellationToken);
            }
            File.Move(partial, file, overwrite: true);
            status.Record(file, manifest.CreatedAt);
            return manifest;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>
    /// Unpacks <paramref name="file"/> into <paramref name="dataDirectory"/>, which must be empty or absent,
    /// and checks the database (SQLite's integrity check, each table's row count against the manifest).
    /// <paramref name="knownMigrations"/> (<c>module:id</c>) refuses a backup made by a newer version.
    /// </summary>
    public static async Task<BackupManifest> Restore(string file, string dataDirectory, IReadOnlySet<string> knownMigrations)
    {
        if (!File.Exists(file)) throw new FileNotFoundException($"No backup at {Path.GetFullPath(file)}.", file);
        dataDirectory = Path.GetFullPath(dataDirectory);
        if (Directory.Exists(dataDirectory) && Directory.EnumerateFileSystemEntries(dataDirectory).Take(3).Select(Path.GetFileName).ToList() is { Count: > 0 } found)
            throw new InvalidOperationException(
                $"The data folder {dataDirectory} is not empty ({string.Join(", ", found)}…): restore writes only into an empty folder. " +
                "Stop the server, move the folder aside (or name a new one with --data) and run restore again.");
        using var zip = ZipFile.OpenRead(file);
        var manifest = ReadManifest(zip, file);
        var unknown = manifest.Migrations.Select(m => $"{m.Key}:{m.Value}").Where(m => !knownMigrations.Contains(m)).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException(
                $"{file} was made by a newer version ({manifest.Product}; migration {unknown[0]} is unknown here): restore it with that version or a later one.");
        try
        {
            Directory.CreateDirectory(Path.Combine(dataDirectory, KeysFolder));
            foreach (var entry in zip.Entries.Where(e => e.FullName == DatabaseEntry || e.FullName.StartsWith(KeysFolder + "/", StringComparison.Ordinal)))
                entry.ExtractToFile(Path.Combine(dataDirectory, entry.FullName.Replace('/', Path.DirectorySeparatorChar)));
            var database = Path.Combine(dataDirectory, DatabaseEntry);
            await using (var connection = Open(database, SqliteOpenMode.ReadOnly))
            {
                await connection.OpenAsync();
                await using var check = connection.CreateCommand();
                check.CommandText = "PRAGMA integrity_check";
                if (await check.ExecuteScalarAsync() is not "ok")
                    throw new InvalidOperationException($"The database in {file} fails SQLite's integrity check: it cannot be restored.");
            }
            var counts = await Counts(database);
            var differ = manifest.Tables.Where(t => counts.GetValueOrDefault(t.Key, -1) != t.Value).Select(t => t.Key).ToList();
            if (differ.Count > 0)
                throw new InvalidOperationException($"The database in {file} does not hold the rows its manifest lists (table {differ[0]}): it cannot be restored.");
            return manifest;
        }
        catch
        {
            SqliteConnection.ClearAllPools();
            foreach (var entry in Directory.EnumerateFileSystemEntries(dataDirectory))
                if (Directory.Exists(entry)) Directory.Delete(entry, recursive: true); else File.Delete(entry);
            throw;
        }
    }

    /// <summary>
    /// Puts the database back as <paramref name="file"/> holds it, in place (SQLite's backup API in the other
    /// direction), so connections and the file stay as they are: used when an upgrade's migration failed.
    /// </summary>
    public async Task PutBack(string file, CancellationToken cancellationToken = default)
    {
        var extracted = Path.Combine(Path.GetTempPath(), $"federation-putback-{Guid.NewGuid():N}.db");
        try
        {
            using (var zip = ZipFile.OpenRead(file))
                (zip.GetEntry(DatabaseEntry) ?? throw new InvalidOperationException($"{file} holds no {DatabaseEntry}.")).ExtractToFile(extracted);
            await Copy(extracted, DatabaseFile, SqliteOpenMode.ReadWrite, cancellationToken);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(extracted);
        }
    }

    public static BackupManifest ReadManifest(string file)
    {
        using var zip = ZipFile.OpenRead(file);
        return ReadManifest(zip, file);
    }

    private static BackupManifest ReadManifest(ZipArchive zip, string file)
    {
        var entry = zip.GetEntry(ManifestEntry) ?? throw new InvalidOperationException($"{file} is not a Federation backup (it has no {ManifestEntry}).");
        using var stream = entry.Open();
        var manifest = JsonSerializer.Deserialize<BackupManifest>(stream, Json)
            ?? throw new InvalidOperationException($"{file} has an empty {ManifestEntry}.");
        if (manifest.Format > Format)
            throw new InvalidOperationException($"{file} is in backup format {manifest.Format}; this version reads format {Format} (restore it with version {manifest.Product} or later).");
        if (zip.GetEntry(DatabaseEntry) is null) throw new InvalidOperationException($"{file} holds no {DatabaseEntry}.");
        return manifest;
    }

    public static string ProductVersion { get; } =
        typeof(DatabaseBackup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    /// <summary>
    /// Copies one database file into another with SQLite's backup API, in one step: the copy is the database as one read
    /// transaction saw it, whatever writers do meanwhile. Both connections wait up to 30 s for a lock, as the product's
    /// own do (<c>SqlitePragmas</c>): without a busy timeout the backup API gives up at once when a writer or the log's
    /// checkpointer holds one for a moment.
    /// </summary>
    private static async Task Copy(string from, string to, SqliteOpenMode toMode, CancellationToken cancellationToken)
    {
        await using var source = Open(from, SqliteOpenMode.ReadOnly);
        await using var target = Open(to, toMode);
        foreach (var connection in new[] { source, target })
        {
            await connection.OpenAsync(cancellationToken);
            await using var wait = connection.CreateCommand();
            wait.CommandText = "PRAGMA busy_timeout = 30000;";
            await wait.ExecuteNonQueryAsync(cancellationToken);
        }
        source.BackupDatabase(target);
    }

    private static SqliteConnection Open(string file, SqliteOpenMode mode) => new(new SqliteConnectionStringBuilder
    {
        DataSource = file, Mode = mode, Pooling = false, DefaultTimeout = 30,
    }.ToString());

    /// <summary>Each module's last applied migration, from its history table (<c>__module_migrations</c>).</summary>
    private static async Task<Dictionary<string, string>> Migrations(string database)
    {
        var result = new Dictionary<string, string>();
        foreach (var table in (await Tables(database)).Where(t => t.StartsWith("__", StringComparison.Ordinal) && t.EndsWith("_migrations", StringComparison.Ordinal)))
            if (await Scalar(database, $"SELECT max(MigrationId) FROM \"{table}\"") is string last)
                result[table[2..^"_migrations".Length]] = last;
        return result;
    }

    /// <summary>Rows per table: what a restore is checked against and what an operator compares.</summary>
    public static async Task<Dictionary<string, long>> Counts(string database)
    {
        var result = new Dictionary<string, long>();
        foreach (var table in await Tables(database))
            result[table] = Convert.ToInt64(await Scalar(database, $"SELECT count(*) FROM \"{table}\""));
        return result;
    }

    private static async Task<List<string>> Tables(string database)
    {
        await using var connection = Open(database, SqliteOpenMode.ReadOnly);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        return tables;
    }

    private static async Task<object?> Scalar(string database, string sql)
    {
        await using var connection = Open(database, SqliteOpenMode.ReadOnly);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}

/// <param name="Migrations">Each module's last applied migration.</param>
/// <param name="Tables">Rows per table in the backed-up database.</param>
public sealed record BackupManifest(int Format, string Product, DateTimeOffset CreatedAt, Dictionary<string, string> Migrations, Dictionary<string, long> Tables);
