using Federation.Host.Composition;
using Federation.Host.Storage;

namespace Federation.Host.Cli;

/// <summary>
/// The composition a CLI verb works with: built on first use from the same code as the web app,
/// migrated and started — a verb's changes raise messages, which go through the same message
/// store and queues as the server's — and stopped when the verb ends. It listens only on an
/// ephemeral loopback port.
/// </summary>
public sealed class CliHost(string? dataDirectory) : IAsyncDisposable
{
    private WebApplication? app;
    private bool started;

    public IServiceProvider Services => App.Services;

    public WebApplication App => app ??= FederationApp.Create([], builder =>
    {
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        if (dataDirectory is not null) builder.Configuration["Storage:DataDirectory"] = dataDirectory;
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
    });

    public async Task<IServiceProvider> Migrated()
    {
        if (started) return Services;
        await Services.GetRequiredService<DatabaseMigrator>().MigrateAll();
        await App.StartAsync();
        started = true;
        return Services;
    }

    public async ValueTask DisposeAsync()
    {
        if (app is null) return;
        if (started) await app.StopAsync();
        await app.DisposeAsync();
    }
}
