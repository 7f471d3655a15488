using Federation.Board.Storage;
using Federation.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.Builder;

namespace Federation.Board.Tests;

/// <summary>A test host with a settable clock, publishing as the other modules would: through the outbox.</summary>
internal sealed class BoardHost : IAsyncDisposable
{
    private BoardHost(TestHost host, ManualClock clock)
    {
        Host = host;
        Clock = clock;
    }

    public TestHost Host { get; }
    public ManualClock Clock { get; }

    public static async Task<BoardHost> Start(DateTimeOffset now, Action<WebApplicationBuilder>? configure = null)
    {
        var clock = new ManualClock(now);
        var host = await TestHost.Start(b =>
        {
            // The host registers the system clock after this callback runs; swap it in the final collection.
            b.Host.UseServiceProviderFactory(new ClockOverride(clock));
            configure?.Invoke(b);
        });
        return new BoardHost(host, clock);
    }

    public async Task<HttpClient> Board(string association = "solna") =>
        Host.Client(await Host.TokenFor($"styrelse@{association}.test", association, "board"));

    /// <summary>Publishes an event as another module would.</summary>
    public Task Publish(IIntegrationEvent message) => Host.Publish(message);

    /// <summary>Runs a query against the module's storage in one association.</summary>
    public async Task<T> In<T>(string association, Func<BoardDbContext, Task<T>> query)
    {
        using var scope = Host.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<AssociationContext>()
            .Enter(scope.ServiceProvider.GetRequiredService<IAssociationDirectory>().Find(association)!);
        return await query(scope.ServiceProvider.GetRequiredService<BoardDbContext>());
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

internal static class PlanJson
{
    /// <summary>The target whose text is <paramref name="text"/> in a plan returned by GET plans/{year}.</summary>
    public static JsonNode Target(JsonNode plan, string text) =>
        plan["pillars"]!.AsArray().SelectMany(p => p!["goals"]!.AsArray()).SelectMany(g => g!["targets"]!.AsArray())
            .Single(t => (string)t!["text"]! == text)!;

    public static decimal Done(JsonNode target) => (decimal)target["progress"]!["done"]!;

    public static IEnumerable<string> Targets(JsonNode plan) =>
        plan["pillars"]!.AsArray().SelectMany(p => p!["goals"]!.AsArray()).SelectMany(g => g!["targets"]!.AsArray()).Select(t => (string)t!["text"]!);

    public static JsonNode Goal(JsonNode plan, string text) =>
        plan["pillars"]!.AsArray().SelectMany(p => p!["goals"]!.AsArray()).Single(g => (string)g!["text"]! == text)!;
}
