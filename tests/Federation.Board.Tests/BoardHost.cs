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

    /// <summary>Solna's board with both of seed 003's officers, Älvsjö-Hägersten's with the antiracist one only; their board clients.</summary>
    public async Task<(HttpClient Solna, HttpClient Alvsjo)> SeatDistrictOfficers()
    {
        var solna = await Board();
        foreach (var role in new[] { "internal-feminist-officer", "antiracist-officer" })
            (await solna.PostAsJsonAsync("/api/associations/solna/board/roles", new { name = role, role, from = "2024-02-20" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var alvsjo = await Board("alvsjo-hagersten");
        (await alvsjo.PostAsJsonAsync("/api/associations/alvsjo-hagersten/board/roles", new { name = "Olle", role = "antiracist-officer", from = "2024-02-20" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        return (solna, alvsjo);
    }

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
