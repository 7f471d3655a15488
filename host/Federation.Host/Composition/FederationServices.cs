using Federation.Host.Accounts;
using Federation.Host.Configuration;
using Federation.Host.Messaging;
using Federation.Host.Modules;
using Federation.Host.Plugins;
using Federation.Host.Storage;
using Federation.Host.Web;
using Federation.Platform.Messaging;
using Federation.Platform.Plugins;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using MassTransit;
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
        services.AddSingleton<IAssociationDirectory>(directory);
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
        // Sign-in cookies and antiforgery tokens must survive a restart: keep the keys with the data.
        services.AddDataProtection().SetApplicationName("Federation")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(storage.DataDirectory, "keys")));

        foreach (var module in catalog.Modules) module.ConfigureServices(services);

        var messaging = configuration.GetSection("Messaging").Get<MessagingSettings>() ?? new MessagingSettings();
        services.AddSingleton(messaging);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IOutboxSignal>(sp => sp.GetRequiredService<OutboxSignal>());
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddScoped<DeadLetters>();
        services.AddMessaging(catalog, messaging);

        services.AddAccounts(configuration);
        services.AddFederationWeb(catalog);
    }

    private static void AddMessaging(this IServiceCollection services, ModuleCatalog catalog, MessagingSettings settings)
    {
        var contexts = services.Where(d => d.ServiceType == typeof(ModuleDbContextRegistration))
            .Select(d => (ModuleDbContextRegistration)d.ImplementationInstance!)
            .ToDictionary(r => r.ModuleId, r => r.ContextType);
        var handlers = new HandlerCatalog();
        foreach (var module in catalog.Modules)
        foreach (var registration in module.Manifest.Consumes)
        {
            if (!contexts.TryGetValue(module.Manifest.Id, out var context))
                throw new InvalidOperationException(
                    $"Module '{module.Manifest.Id}' consumes {registration.EventType.Name} but has no DbContext for its inbox.");
            handlers.Add(module.Manifest.Id, context, registration);
            services.TryAddScoped(registration.HandlerType);
        }
        services.AddSingleton(handlers);

        services.AddMassTransit(bus =>
        {
            foreach (var handler in handlers.All)
                bus.AddConsumer(typeof(InboxConsumer<,>).MakeGenericType(handler.EventType, handler.HandlerType))
                   .Endpoint(e => e.Name = handler.Name);
            bus.AddConfigureEndpointsCallback((_, _, endpoint) => endpoint.UseMessageRetry(retry =>
                retry.Exponential(settings.RetryLimit, settings.RetryMinInterval, settings.RetryMaxInterval, settings.RetryMinInterval)));
            if (settings.Transport.Equals("rabbitmq", StringComparison.OrdinalIgnoreCase))
                bus.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(new Uri(settings.RabbitMqHost));
                    cfg.ConfigureEndpoints(context);
                });
            else
                bus.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
        });
    }
}
