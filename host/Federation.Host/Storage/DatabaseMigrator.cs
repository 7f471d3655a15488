using Federation.Host.Operations;
using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Host.Storage;

/// <summary>
/// Brings every module's tables (and the host's) up to the latest migration. An existing SQLite
/// database is backed up first (into the backup folder, and the log says where); if a migration
/// fails, the database is put back from that backup and the error names the migration.
/// </summary>
public sealed class DatabaseMigrator(IServiceProvider services, StorageOptions storage, SchemaFingerprint fingerprint,
    DatabaseBackup backup, BackupSettings backups, TimeProvider clock, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAll(CancellationToken cancellationToken = default)
    {
        if (!await fingerprint.IsStored(cancellationToken)) await Migrate(cancellationToken);
        // The tables are there now: the modules the district admin stored replace the configured ones.
        await services.GetRequiredService<Modules.ModuleSwitches>().Load(cancellationToken);
    }

    private async Task Migrate(CancellationToken cancellationToken)
    {
        var registrations = services.GetServices<ModuleDbContextRegistration>().ToList();
        if (storage.IsSqlite)
        {
            using var scope = services.CreateScope();
            var first = (DbContext)scope.ServiceProvider.GetRequiredService(registrations[0].ContextType);
            await first.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        // Finding what is pending builds each module's model: done side by side, it is most of start-up.
        var states = await Task.WhenAll(registrations.Select(r => Task.Run(() => State(r, cancellationToken), cancellationToken)));
        var work = registrations.Zip(states).Where(p => p.Second.Pending.Count > 0).ToList();
        string? safetyCopy = null;
        if (work.Count > 0 && storage.IsSqlite && states.Any(s => s.Applied > 0))
        {
            safetyCopy = Path.Combine(backups.FolderIn(storage.DataDirectory), $"pre-upgrade-{clock.GetUtcNow():yyyyMMdd-HHmmss}.zip");
            await backup.Create(safetyCopy, cancellationToken);
            // A warning, so it shows wherever the log goes (the CLI prints warnings only).
            logger.LogWarning("Before upgrading the database ({Count} migrations) it was backed up to {Backup}",
                work.Sum(w => w.Second.Pending.Count), safetyCopy);
        }
        foreach (var (registration, state) in work)
        {
            logger.LogInformation("Migrating {Module}: {Migrations}", registration.ModuleId, string.Join(", ", state.Pending));
            foreach (var migration in state.Pending)
            {
                try
                {
                    using var scope = services.CreateScope();
                    var db = (DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType);
                    await db.GetService<IMigrator>().MigrateAsync(migration, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    if (safetyCopy is not null) await backup.PutBack(safetyCopy, cancellationToken);
                    throw new MigrationFailedException(
                        $"Migration {migration} of module '{registration.ModuleId}' failed: {e.Message} " + (safetyCopy is not null
                            ? $"The database was put back as it was before the upgrade (backup: {safetyCopy})."
                            : "Earlier migrations stay applied; restore the backup taken before the upgrade (docs/operations.md)."), e);
                }
            }
        }
        await fingerprint.Store(cancellationToken);
    }

    private async Task<(int Applied, List<string> Pending)> State(ModuleDbContextRegistration registration, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType);
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Count();
        return (applied, (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList());
    }
}

/// <summary>An upgrade stopped at a migration; the message names it and says what state the database is in.</summary>
public sealed class MigrationFailedException(string message, Exception inner) : InvalidOperationException(message, inner);
