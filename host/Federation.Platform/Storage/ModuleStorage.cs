using Microsoft.Extensions.DependencyInjection;

namespace Federation.Platform.Storage;

/// <summary>A module's context type, so the host can migrate it and drain its outbox.</summary>
public sealed record ModuleDbContextRegistration(string ModuleId, Type ContextType);

public static class ModuleStorageExtensions
{
    /// <summary>Registers a module's own DbContext on the configured provider.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string moduleId)
        where TContext : ModuleDbContext
    {
        // The options are built once: every request and every handled message makes a context.
        services.AddDbContext<TContext>((sp, options) =>
            sp.GetRequiredService<StorageOptions>().Configure(options, moduleId), optionsLifetime: ServiceLifetime.Singleton);
        services.AddSingleton(new ModuleDbContextRegistration(moduleId, typeof(TContext)));
        return services;
    }
}
