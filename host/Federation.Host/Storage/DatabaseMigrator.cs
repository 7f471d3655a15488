using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Host.Storage;

/// <summary>Brings every module's tables (and the host's) up to the latest migration.</summary>
public sealed class DatabaseMigrator(IServiceProvider services, StorageOptions storage, SchemaFingerprint fingerprint, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAll(CancellationToken cancellationToken = default)
    {
        if (await fingerprint.IsStored(cancellationToken)) return;
        var registrations = services.GetServices<ModuleDbContextRegistration>().ToList();
        if (storage.IsSqlite)
        {
            using var scope = services.CreateScope();
            var first = (DbContext)scope.ServiceProvider.GetRequiredService(registrations[0].ContextType);
            await first.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        // Finding what is pending builds each module's model: done side by side, it is most of start-up.
        var pending = await Task.WhenAll(registrations.Select(r => Task.Run(() => Pending(r, cancellationToken), cancellationToken)));
        foreach (var (registration, migrations) in registrations.Zip(pending).Where(p => p.Second.Count > 0))
        {
            logger.LogInformation("Migrating {Module}: {Migrations}", registration.ModuleId, string.Join(", ", migrations));
            using var scope = services.CreateScope();
            await ((DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType)).Database.MigrateAsync(cancellationToken);
        }
        await fingerprint.Store(cancellationToken);
    }

    private async Task<List<string>> Pending(ModuleDbContextRegistration registration, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType);
        return (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
    }
}
