using System.Net;
using System.Net.Http.Headers;
using Federation.Host.Accounts;
using Federation.Host.Composition;
using Federation.Host.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Federation.TestSupport;

/// <summary>
/// The real app, in-process, on Kestrel at an ephemeral loopback port: the same composition as
/// <c>serve</c> (<see cref="FederationApp.Create"/>), a fresh data folder, migrated, started.
/// Dispose stops it and deletes the data folder (unless the caller gave it).
/// </summary>
public sealed class FederationServer : IAsyncDisposable
{
    private readonly string dataDirectory;
    private readonly bool ownsDataDirectory;

    private FederationServer(WebApplication app, string dataDirectory, bool ownsDataDirectory)
    {
        App = app;
        this.dataDirectory = dataDirectory;
        this.ownsDataDirectory = ownsDataDirectory;
        BaseAddress = new Uri(app.Urls.First(u => u.StartsWith("http://", StringComparison.Ordinal)).TrimEnd('/') + "/");
    }

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri BaseAddress { get; }

    public WebApplication App { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>The data folder (SQLite file, data-protection keys).</summary>
    public string DataDirectory => dataDirectory;

    /// <summary>
    /// Starts the app. <paramref name="configure"/> runs after the test defaults (data folder, plugin
    /// folder, quiet logging), so it can override any setting, e.g. <c>Storage:Provider</c>.
    /// </summary>
    public static async Task<FederationServer> StartAsync(Action<WebApplicationBuilder>? configure = null, string? dataDirectory = null)
    {
        EnsureConfig();
        var owns = dataDirectory is null;
        var dir = dataDirectory ?? Path.Combine(Path.GetTempPath(), "federation-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        WebApplication? app = null;
        try
        {
            app = FederationApp.Create([], b =>
            {
                b.WebHost.UseUrls("http://127.0.0.1:0");
                b.Configuration["Storage:DataDirectory"] = dir;
                b.Configuration["Plugins:Folder"] = RepoPaths.Plugins;
                b.Logging.SetMinimumLevel(LogLevel.Warning);
                configure?.Invoke(b);
            });
            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAll();
            await app.StartAsync();
            return new FederationServer(app, dir, owns);
        }
        catch
        {
            if (app is not null) await app.DisposeAsync();
            if (owns) TestHost.TryDelete(dir);
            throw;
        }
    }

    /// <summary>A client for this server with its own cookie jar (a browser-like session).</summary>
    public HttpClient CreateClient(bool allowAutoRedirect = true, CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), UseCookies = true, AllowAutoRedirect = allowAutoRedirect })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };

    /// <summary>A client that calls the API with <c>Authorization: Bearer {token}</c>.</summary>
    public HttpClient CreateApiClient(string token)
    {
        var client = CreateClient(allowAutoRedirect: false);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// Adds an account (or a role to an existing one) through <see cref="AccountService"/>.
    /// <paramref name="associationId"/> is an association id or "district"; <paramref name="role"/>
    /// member, officer, board, admin (or district-office, district-admin). Returns the account id.
    /// </summary>
    public async Task<string> AddAccount(string email, string name, string associationId, string role, string? password = "test-password-1")
    {
        using var scope = Services.CreateScope();
        var account = await scope.ServiceProvider.GetRequiredService<AccountService>().AddOrGrant(email, name, associationId, role, password);
        return account.Id.ToString();
    }

    /// <summary>Creates an API token for the account (see <see cref="CreateApiClient"/>).</summary>
    public async Task<string> CreateToken(string email)
    {
        using var scope = Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AccountService>().CreateToken(email);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await App.StopAsync(timeout.Token);
        }
        catch (OperationCanceledException) { }
        finally
        {
            await App.DisposeAsync();
            if (ownsDataDirectory) TestHost.TryDelete(dataDirectory);
        }
    }

    /// <summary>
    /// The host reads config/federation.json next to its binary; referencing the host copies it into the
    /// test output. If it is missing anyway, point FEDERATION_CONFIG at the repository's config folder.
    /// </summary>
    private static void EnsureConfig()
    {
        if (Environment.GetEnvironmentVariable("FEDERATION_CONFIG") is { Length: > 0 }) return;
        if (File.Exists(Path.Combine(AppContext.BaseDirectory, "config", "federation.json"))) return;
        Environment.SetEnvironmentVariable("FEDERATION_CONFIG", RepoPaths.Config);
    }

}
