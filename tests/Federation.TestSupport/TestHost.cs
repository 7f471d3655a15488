using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using System.Net.Http.Headers;
using Federation.Host.Accounts;
using Federation.Host.Composition;
using Federation.Host.Messaging;
using Federation.Host.Storage;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.TestSupport;

/// <summary>
/// The real composition on an in-memory server with its own SQLite data folder. Several hosts
/// may be built one after another on the same folder to simulate a restart.
/// </summary>
public sealed class TestHost : IAsyncDisposable
{
    public const string Password = "correct horse battery";

    private TestHost(WebApplication app, string dataDirectory, bool ownsData)
    {
        App = app;
        DataDirectory = dataDirectory;
        OwnsData = ownsData;
    }

    public WebApplication App { get; }
    public string DataDirectory { get; }
    private bool OwnsData { get; }
    public IServiceProvider Services => App.Services;

    public static string RepoRoot => RepoPaths.Root;

    public static string NewDataDirectory() => Directory.CreateTempSubdirectory("federation-test-").FullName;

    /// <summary>Builds, migrates and (unless <paramref name="start"/> is false) starts a host.</summary>
    public static async Task<TestHost> Start(
        Action<WebApplicationBuilder>? configure = null, string? dataDirectory = null, bool start = true)
    {
        var ownsData = dataDirectory is null;
        var data = dataDirectory ?? NewDataDirectory();
        var app = FederationApp.Create([], b =>
        {
            b.WebHost.UseTestServer();
            b.Configuration["Storage:DataDirectory"] = data;
            b.Configuration["Messaging:RetryLimit"] = "2";
            b.Configuration["Messaging:RetryMinInterval"] = "00:00:00.010";
            b.Configuration["Messaging:RetryMaxInterval"] = "00:00:00.050";
            // A test host living past a minute would write a nightly backup; the operations tests run it themselves.
            b.Configuration["Operations:Backup:Scheduled"] = "false";
            b.Logging.SetMinimumLevel(LogLevel.Warning);
            b.Services.AddSingleton<PublishedEvents>();
            b.Services.AddSingleton<Federation.Platform.Messaging.IEventOutbox>(sp => new PublishedEvents.Recorder(
                sp.GetRequiredService<PublishedEvents>(), ActivatorUtilities.CreateInstance<WolverineOutbox>(sp)));
            configure?.Invoke(b);
        });
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAll();
        if (start) await app.StartAsync();
        return new TestHost(app, data, ownsData);
    }

    public HttpClient Client(string? token = null)
    {
        var client = App.GetTestClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>An account with one role and an API token for it.</summary>
    public async Task<string> TokenFor(string email, string scope, string role)
    {
        using var scope_ = Services.CreateScope();
        var accounts = scope_.ServiceProvider.GetRequiredService<AccountService>();
        await accounts.AddOrGrant(email, email.Split('@')[0], scope, role, Password);
        return await accounts.CreateToken(email);
    }

    /// <summary>Makes the account with <paramref name="email"/> the member, as the association's admin does.</summary>
    public Task Link(string email, string association, Guid memberId) => Link(Services, email, association, memberId);

    public static async Task Link(IServiceProvider services, string email, string association, Guid memberId)
    {
        using var scope = services.CreateScope();
        if (!await scope.ServiceProvider.GetRequiredService<IMemberLinks>().Link(email, association, memberId))
            throw new InvalidOperationException($"No account {email} to link.");
    }

    /// <summary>Publishes events as a module does: stored through the outbox in one transaction, then queued.</summary>
    public async Task Publish(params IIntegrationEvent[] events)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        foreach (var e in events) db.Publish(e);
        await db.SaveChangesAsync();
    }

    /// <summary>What the modules published, in commit order.</summary>
    public PublishedEvents Published => Services.GetRequiredService<PublishedEvents>();

    /// <summary>
    /// Waits until every stored message has been handled (or became a dead letter), including the
    /// messages other handlers published: they are stored in the same transaction as the handling.
    /// </summary>
    public Task Deliver() => Services.GetRequiredService<MessageQueues>().WaitUntilQuiet(TimeSpan.FromSeconds(30));

    /// <summary>Polls until <paramref name="condition"/> holds (messages are asynchronous), failing after a timeout.</summary>
    public static async Task Eventually(Func<Task<bool>> condition, string what, int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return;
            await Task.Delay(50);
        }
        throw new TimeoutException($"Timed out waiting for: {what}");
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        if (OwnsData) TryDelete(DataDirectory);
    }

    /// <summary>Deletes a test folder; SQLite pools connections, so release the file first.</summary>
    public static void TryDelete(string directory)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
                return;
            }
            catch (IOException) { Thread.Sleep(100); }
            catch (UnauthorizedAccessException) { return; }
        }
    }
}
