using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Host.Storage;

/// <summary>Brings every module's tables (and the host's) up to the latest migration.</summary>
public sealed class DatabaseMigrator(IServiceProvider services, StorageOptions storage, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAll(CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        foreach (var registration in scope.ServiceProvider.GetServices<ModuleDbContextRegistration>())
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType);
            if (storage.IsSqlite)
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count == 0) continue;
            logger.LogInformation("Migrating {Module}: {Migrations}", registration.ModuleId, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}
