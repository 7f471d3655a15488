namespace Federation.Host.Operations;

/// <summary>Backups (on demand, nightly, before upgrades) and what the admin page and <c>/health</c> say about them.</summary>
public static class OperationsRegistration
{
    public static void AddOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("Operations:Backup").Get<BackupSettings>() ?? new BackupSettings());
        services.AddSingleton<BackupStatus>();
        services.AddSingleton<ServerStatus>();
        services.AddSingleton<DatabaseBackup>();
        services.AddSingleton<ScheduledBackups>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledBackups>());
    }
}
