using System.Data.Common;
using System.Reflection;
using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Host.Storage;

/// <summary>
/// Every migration the binary knows, as one string, stored beside the data after migrating. When
/// the stored string equals the binary's, start-up needs one small query instead of asking EF
/// Core about each module's history (which builds every model — most of start-up). The table is
/// a cache: dropping it only means the next start checks each module again.
/// </summary>
public sealed class SchemaFingerprint(IEnumerable<ModuleDbContextRegistration> registrations, StorageOptions storage)
{
    private const string Table = "__federation_schema";

    public string Current { get; } = string.Join(';', registrations
        .SelectMany(r => r.ContextType.Assembly.GetTypes()
            .Where(t => typeof(Migration).IsAssignableFrom(t) && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == r.ContextType)
            .Select(t => $"{r.ModuleId}:{t.GetCustomAttribute<MigrationAttribute>()!.Id}"))
        .Order(StringComparer.Ordinal));

    public async Task<bool> IsStored(CancellationToken cancellationToken)
    {
        await using var connection = await storage.OpenConnection(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT fingerprint FROM {Table} WHERE id = 1";
        try
        {
            return await command.ExecuteScalarAsync(cancellationToken) as string == Current;
        }
        catch (DbException)
        {
            return false; // no table yet: a new database, or one from before the fingerprint existed
        }
    }

    public async Task Store(CancellationToken cancellationToken)
    {
        await using var connection = await storage.OpenConnection(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await Execute($"CREATE TABLE IF NOT EXISTS {Table} (id INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL)");
        await Execute($"DELETE FROM {Table}");
        await Execute($"INSERT INTO {Table} (id, fingerprint) VALUES (1, @fingerprint)", Current);
        await transaction.CommitAsync(cancellationToken);

        async Task Execute(string sql, string? fingerprint = null)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            if (fingerprint is not null) command.With("fingerprint", fingerprint);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
