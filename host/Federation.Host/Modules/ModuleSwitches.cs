using Federation.Host.Accounts;
using Federation.Host.Configuration;
using Federation.Host.Storage;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Federation.Host.Modules;

/// <summary>
/// Whether an association uses a module, as the district admin last set it (<c>platform_association_modules</c>).
/// An association without rows uses what config/federation.json names; the admin's first change stores its
/// whole set, and from then on the database decides for it.
/// </summary>
public sealed class AssociationModule
{
    public required string AssociationId { get; set; }
    public required string ModuleId { get; set; }
    public bool Enabled { get; set; }
    /// <summary>The account that set it.</summary>
    public Guid ChangedBy { get; set; }
    public DateTime ChangedAt { get; set; }
}

/// <summary>One module of one association as the admin page and the API show it.</summary>
public sealed record ModuleSwitch(string Module, string Name, bool Enabled, string? ChangedBy, DateTime? ChangedAt);

/// <summary>
/// Turns modules on and off per association. The stored sets are read into <see cref="AssociationDirectory"/> after
/// the migrations and again after every change, so the menu, the pages, the API and the message consumers follow at
/// once. Turning a module off deletes nothing: its rows stay, out of reach, until it is turned on again.
/// </summary>
public sealed class ModuleSwitches(IServiceScopeFactory scopes, AssociationDirectory directory, ModuleCatalog catalog,
    TimeProvider clock, ILogger<ModuleSwitches> logger)
{
    public async Task Load(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AssociationModules.AsNoTracking().ToListAsync(cancellationToken);
        directory.Use(rows.GroupBy(r => r.AssociationId).ToDictionary(
            g => g.Key, g => (IReadOnlySet<string>)g.Where(r => r.Enabled).Select(r => r.ModuleId).ToHashSet()));
    }

    /// <summary>Every module and whether the association uses it, with who set it and when (nothing while the configuration decides).</summary>
    public async Task<IReadOnlyList<ModuleSwitch>> Of(string associationId, CancellationToken cancellationToken = default)
    {
        var association = Known(associationId);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var rows = await db.AssociationModules.AsNoTracking().Where(r => r.AssociationId == association.Id).ToDictionaryAsync(r => r.ModuleId, cancellationToken);
        var who = await AccountNames.Of(db, rows.Values.Select(r => r.ChangedBy), cancellationToken);
        return catalog.Modules.Select(m => rows.TryGetValue(m.Manifest.Id, out var row)
            ? new ModuleSwitch(m.Manifest.Id, m.Manifest.Name.ToString(), association.Enables(m.Manifest.Id), who[row.ChangedBy], row.ChangedAt)
            : new ModuleSwitch(m.Manifest.Id, m.Manifest.Name.ToString(), association.Enables(m.Manifest.Id), null, null)).ToList();
    }

    /// <summary>The association uses exactly <paramref name="modules"/> from now on; <paramref name="by"/> is the admin's account.</summary>
    public async Task Set(string associationId, IReadOnlyCollection<string> modules, Guid by, CancellationToken cancellationToken = default)
    {
        var association = Known(associationId);
        if (modules.FirstOrDefault(m => !catalog.Ids.Contains(m)) is { } unknown)
            throw new ArgumentException($"Unknown module '{unknown}'. Known modules: {string.Join(", ", catalog.Ids)}.");
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var rows = await db.AssociationModules.Where(r => r.AssociationId == association.Id).ToDictionaryAsync(r => r.ModuleId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var id in catalog.Ids)
        {
            var enabled = modules.Contains(id);
            if (!rows.TryGetValue(id, out var row))
                db.AssociationModules.Add(new AssociationModule { AssociationId = association.Id, ModuleId = id, Enabled = enabled, ChangedBy = by, ChangedAt = now });
            else if (row.Enabled != enabled)
                (row.Enabled, row.ChangedBy, row.ChangedAt) = (enabled, by, now);
            else continue;
            if (enabled != association.Enables(id))
                logger.LogInformation("{Account} turned the module {Module} {State} for {Association}", by, id, enabled ? "on" : "off", association.Id);
        }
        await db.SaveChangesAsync(cancellationToken);
        await Load(cancellationToken);
    }

    private Association Known(string associationId) =>
        directory.Find(associationId) ?? throw new KeyNotFoundException($"Unknown association '{associationId}'.");
}

/// <summary>On PostgreSQL several instances share the database: each reads the stored sets again every few seconds.</summary>
internal sealed class ModuleSwitchesRefresh(ModuleSwitches switches, StorageOptions storage, ILogger<ModuleSwitchesRefresh> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (storage.IsSqlite) return; // one instance: its own changes reload at once
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try { await switches.Load(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The associations' modules could not be read again; the last ones read stay in use");
            }
        }
    }
}
