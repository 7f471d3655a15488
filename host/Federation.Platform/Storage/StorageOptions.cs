using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Federation.Platform.Storage;

/// <summary>
/// Where data lives. SQLite (one file in the data folder) by default; PostgreSQL for a district
/// that runs several instances. Each module keeps its own tables: prefixed in SQLite, a schema
/// of its own in PostgreSQL.
/// </summary>
public sealed class StorageOptions
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public string Provider { get; set; } = Sqlite;

    /// <summary>The data folder for the SQLite file.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Overrides the SQLite file; required for PostgreSQL.</summary>
    public string? ConnectionString { get; set; }

    public bool IsSqlite => Provider.Equals(Sqlite, StringComparison.OrdinalIgnoreCase);

    public string SqliteConnectionString =>
        ConnectionString ?? $"Data Source={Path.Combine(DataDirectory, "federation.db")};Default Timeout=30";

    /// <summary>A plain open connection, for the few checks that must not wait for EF Core's models (start-up, health).</summary>
    public async Task<System.Data.Common.DbConnection> OpenConnection(CancellationToken cancellationToken = default)
    {
        if (IsSqlite) CreateSqliteFolder();
        System.Data.Common.DbConnection connection = IsSqlite
            ? new Microsoft.Data.Sqlite.SqliteConnection(SqliteConnectionString)
            : new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private void CreateSqliteFolder() => Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(
        new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(SqliteConnectionString).DataSource))!);

    /// <summary>Configures a module's context: provider, connection, its own migrations history table.</summary>
    public void Configure(DbContextOptionsBuilder options, string moduleId)
    {
        if (IsSqlite)
        {
            CreateSqliteFolder();
            options.UseSqlite(SqliteConnectionString, o => o.MigrationsHistoryTable($"__{moduleId}_migrations"))
                .AddInterceptors(SqlitePragmas.Instance, OutboxDelivery.Instance);
        }
        else if (Provider.Equals(Postgres, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(ConnectionString))
                throw new InvalidOperationException("Storage:ConnectionString is required when Storage:Provider is 'postgres'.");
            options.UseNpgsql(ConnectionString, o => o.MigrationsHistoryTable("__migrations", moduleId))
                .AddInterceptors(OutboxDelivery.Instance);
        }
        else
        {
            throw new InvalidOperationException(
                $"Unknown storage provider '{Provider}'. Use '{Sqlite}' or '{Postgres}'.");
        }
        // Migrations are written by hand (no design-time scaffolding here), so there is no model
        // snapshot to compare with; the migration tests prove schema and model agree.
        options.ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning));
        options.ReplaceService<IModelCacheKeyFactory, ProviderAwareModelCacheKeyFactory>();
    }
}

/// <summary>Table names differ per provider, so the cached model must too (tests use both in one process).</summary>
internal sealed class ProviderAwareModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), context.Database.ProviderName, designTime);
}
