using Federation.Host.Accounts;
using Federation.Host.Configuration;
using Federation.Host.Messaging;
using Federation.Host.Modules;
using Federation.Host.Operations;
using Federation.Host.Plugins;
using Federation.Host.Storage;
using Federation.Host.Web;
using Federation.Platform.Plugins;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.DataProtection;

namespace Federation.Host.Composition;

public static class FederationServices
{
    /// <summary>One shared container for the whole district: modules, plugins, storage, messaging, accounts, web.</summary>
    public static void AddFederation(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        var catalog = ModuleCatalog.Discover();
        var district = configuration.Get<DistrictSettings>() ?? new DistrictSettings();
        var directory = new AssociationDirectory(district, catalog.Ids);
        services.AddSingleton(catalog);
        services.AddSingleton(district);
        services.AddSingleton(directory);
        services.AddSingleton<IAssociationDirectory>(directory);
        services.AddSingleton<ModuleSwitches>();
        services.AddHostedService<ModuleSwitchesRefresh>();
        services.AddScoped<AssociationContext>();

        var pluginFolder = Path.GetFullPath(configuration["Plugins:Folder"] ?? "plugins", AppContext.BaseDirectory);
        services.AddSingleton(sp => new PluginHost(directory, district.Plugins.Known, pluginFolder, sp.GetRequiredService<ILogger<PluginHost>>()));
        services.AddSingleton<IPluginRules>(sp => sp.GetRequiredService<PluginHost>());

        var storage = configuration.GetSection("Storage").Get<StorageOptions>() ?? new StorageOptions();
        storage.DataDirectory = Path.GetFullPath(storage.DataDirectory, Directory.GetCurrentDirectory());
        services.AddSingleton(storage);
        services.AddModuleDbContext<PlatformDbContext>(PlatformDbContext.Id);
        services.AddSingleton<SchemaFingerprint>();
        services.AddSingleton<DatabaseMigrator>();
        if (storage.IsSqlite) services.AddHostedService<SqliteCheckpoints>();
        services.AddOperations(configuration);
        builder.AddTelemetry();
        // Sign-in cookies and antiforgery tokens must survive a restart: keep the keys with the data.
        services.AddDataProtection().SetApplicationName("Federation")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(storage.DataDirectory, "keys")));

        foreach (var module in catalog.Modules) module.ConfigureServices(services);

        var messaging = configuration.GetSection("Messaging").Get<MessagingSettings>() ?? new MessagingSettings();
        services.AddMessaging(catalog, storage, messaging);

        services.AddAccounts(configuration);
        services.AddFederationWeb(catalog);
    }
}
