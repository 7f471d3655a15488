using System.Reflection;
using Federation.Host.Composition;
using Federation.Host.Storage;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Federation.Host.Operations;

/// <summary>
/// <c>migrate-to</c>: copies every row of the embedded database into an empty PostgreSQL database. The
/// target gets its tables from the same migrations as ever; then each module's rows are copied with its
/// own EF Core model (per association, as the product writes them), principals before dependents, the
/// identity sequences are moved past the copied ids, and every table's rows are counted on both sides.
/// Messages are not copied: it refuses while any wait or are dead letters, so none can be lost.
/// </summary>
public sealed class MoveToPostgres(IServiceProvider source, StorageOptions storage)
{
    private const int Batch = 1000;

    /// <summary>Copies everything; returns rows per table (<c>module.table</c>), equal on both sides.</summary>
    public async Task<SortedDictionary<string, long>> Run(string connectionString, TextWriter progress, CancellationToken cancellationToken = default)
    {
        if (!storage.IsSqlite) throw new InvalidOperationException("migrate-to copies from the embedded SQLite database; this server already uses PostgreSQL.");
        await RefuseUnfinishedMessages(cancellationToken);

        await using var target = FederationApp.Create([], b =>
        {
            b.WebHost.UseUrls("http://127.0.0.1:0");
            b.Configuration["Storage:Provider"] = StorageOptions.Postgres;
            b.Configuration["Storage:ConnectionString"] = connectionString;
            b.Configuration["Operations:Backup:Scheduled"] = "false";
            b.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await target.Services.GetRequiredService<DatabaseMigrator>().MigrateAll(cancellationToken);

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var directory = source.GetRequiredService<IAssociationDirectory>();
        await RefuseRows(target.Services, cancellationToken);
        foreach (var registration in source.GetServices<ModuleDbContextRegistration>())
        {
            using var scope = source.CreateScope();
            var from = (DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType);
            foreach (var entity in PrincipalsFirst(from.Model.GetEntityTypes().Where(e => e.GetTableName() is not null).ToList()))
            {
                var name = $"{registration.ModuleId}.{entity.GetTableName()![(registration.ModuleId.Length + 1)..]}";
                var copy = typeof(MoveToPostgres).GetMethod(nameof(Copy), BindingFlags.NonPublic | BindingFlags.Instance)!.MakeGenericMethod(entity.ClrType);
                counts[name] = await (Task<long>)copy.Invoke(this, [from, target.Services, registration.ContextType, directory, name, cancellationToken])!;
                progress.WriteLine($"{name,-48} {counts[name],9} rows");
            }
            await MoveSequences(target.Services, registration.ContextType, cancellationToken);
        }
        return counts;
    }

    private async Task<long> Copy<T>(DbContext from, IServiceProvider target, Type contextType, IAssociationDirectory directory, string name, CancellationToken cancellationToken)
        where T : class
    {
        // Rows an earlier copy wrote as a side effect (membership's register stamps) give way to the originals.
        await using (var clear = target.CreateAsyncScope())
            await ((DbContext)clear.ServiceProvider.GetRequiredService(contextType)).Set<T>().IgnoreQueryFilters().ExecuteDeleteAsync(cancellationToken);
        var rows = await from.Set<T>().IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken);
        // SQLite hands back times without a kind; the product writes UTC, and PostgreSQL's timestamptz wants it said.
        // Set on the objects: EF Core compares DateTimes without their kind, so a changed kind is not a change to it.
        var times = typeof(T).GetProperties().Where(p => p.CanWrite && (p.PropertyType == typeof(DateTime) || p.PropertyType == typeof(DateTime?))).ToList();
        foreach (var row in rows)
        foreach (var time in times)
            if (time.GetValue(row) is DateTime { Kind: DateTimeKind.Unspecified } value)
                time.SetValue(row, DateTime.SpecifyKind(value, DateTimeKind.Utc));
        foreach (var owner in rows.GroupBy(r => (r as IAssociationOwned)?.AssociationId))
        foreach (var chunk in owner.Chunk(Batch))
        {
            await using var scope = target.CreateAsyncScope();
            if (owner.Key is not null)
                scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(directory.Find(owner.Key)
                    ?? throw new InvalidOperationException($"{name} has rows of association '{owner.Key}', which config/federation.json no longer names: add it back before moving."));
            var to = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            to.ChangeTracker.AutoDetectChangesEnabled = false;
            to.AddRange(chunk);
            try { await to.SaveChangesAsync(cancellationToken); }
            catch (DbUpdateException e)
            {
                throw new InvalidOperationException($"Copying {name} into PostgreSQL failed: {e.InnerException?.Message ?? e.Message}", e);
            }
        }
        await using var count = target.CreateAsyncScope();
        var copied = await ((DbContext)count.ServiceProvider.GetRequiredService(contextType)).Set<T>().IgnoreQueryFilters().LongCountAsync(cancellationToken);
        if (copied != rows.Count) throw new InvalidOperationException($"{name}: {rows.Count} rows in SQLite, {copied} in PostgreSQL after the copy.");
        return copied;
    }

    private static async Task RefuseRows(IServiceProvider target, CancellationToken cancellationToken)
    {
        foreach (var registration in target.GetServices<ModuleDbContextRegistration>())
        {
            await using var scope = target.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType);
            foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
            {
                var table = $"\"{entity.GetSchema()}\".\"{entity.GetTableName()}\"";
                var sql = $"SELECT 1 AS \"Value\" FROM {table} LIMIT 1"; // names from the model, not from input
                if (await db.Database.SqlQueryRaw<int>(sql).AnyAsync(cancellationToken))
                    throw new InvalidOperationException($"The PostgreSQL database already has rows in {table}: migrate-to copies only into an empty database.");
            }
        }
    }

    /// <summary>Copied rows keep their ids; identity columns must then start after the largest.</summary>
    private static async Task MoveSequences(IServiceProvider target, Type contextType, CancellationToken cancellationToken)
    {
        await using var scope = target.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        foreach (var key in entity.FindPrimaryKey()!.Properties.Where(p => p.ClrType == typeof(long) || p.ClrType == typeof(int)))
        {
            if (key.ValueGenerated != Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAdd) continue;
            var table = $"\"{entity.GetSchema()}\".\"{entity.GetTableName()}\"";
            var column = key.GetColumnName();
            // Names from the model, not from input.
            var sql = $"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), coalesce(max(\"{column}\"), 0) + 1, false) FROM {table}";
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }

    private static List<Microsoft.EntityFrameworkCore.Metadata.IEntityType> PrincipalsFirst(List<Microsoft.EntityFrameworkCore.Metadata.IEntityType> entities)
    {
        var ordered = new List<Microsoft.EntityFrameworkCore.Metadata.IEntityType>();
        void Visit(Microsoft.EntityFrameworkCore.Metadata.IEntityType entity)
        {
            if (ordered.Contains(entity)) return;
            foreach (var principal in entity.GetForeignKeys().Select(f => f.PrincipalEntityType).Where(p => p != entity && entities.Contains(p)))
                Visit(principal);
            ordered.Add(entity);
        }
        entities.ForEach(Visit);
        return ordered;
    }

    /// <summary>Envelopes are not copied: nothing may be waiting, on its way, or a dead letter.</summary>
    private async Task RefuseUnfinishedMessages(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(storage.SqliteConnectionString);
        await connection.OpenAsync(cancellationToken);
        foreach (var (sql, what) in new[]
        {
            ("SELECT count(*) FROM wolverine_incoming_envelopes WHERE status <> 'Handled'", "messages are waiting to be handled"),
            ("SELECT count(*) FROM wolverine_outgoing_envelopes", "messages are waiting to be sent"),
            ("SELECT count(*) FROM wolverine_dead_letters", "messages are dead letters (dead-letters list)"),
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            long count;
            try { count = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)); }
            catch (SqliteException) { continue; } // the message store was never created: nothing is waiting
            if (count > 0)
                throw new InvalidOperationException(
                    $"{count} {what}: start the server until /admin shows none, then stop it and run migrate-to again.");
        }
    }
}
