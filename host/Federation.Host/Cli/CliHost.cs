using Federation.Host.Composition;
using Federation.Host.Storage;

namespace Federation.Host.Cli;

/// <summary>
/// The composition a CLI verb works with: built on first use from the same code as the web app,
/// migrated, and disposed when the verb ends. It listens only on an ephemeral loopback port,
/// and only if a verb starts it (to deliver messages).
/// </summary>
public sealed class CliHost(string? dataDirectory) : IAsyncDisposable
{
    private WebApplication? app;

    public IServiceProvider Services => App.Services;

    public WebApplication App => app ??= FederationApp.Create([], builder =>
    {
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        if (dataDirectory is not null) builder.Configuration["Storage:DataDirectory"] = dataDirectory;
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
    });

    public async Task<IServiceProvider> Migrated()
    {
        await Services.GetRequiredService<DatabaseMigrator>().MigrateAll();
        return Services;
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
    }
}
