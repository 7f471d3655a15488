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

internal sealed class ClockOverride(TimeProvider clock) : IServiceProviderFactory<IServiceCollection>
{
    public IServiceCollection CreateBuilder(IServiceCollection services)
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton(clock);
        return services;
    }

    public IServiceProvider CreateServiceProvider(IServiceCollection services) =>
        services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
}

internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}

/// <summary>Posts a page's form as a browser would: the antiforgery token and cookie from a GET of the same page first.</summary>
internal static class Forms
{
    public static async Task<string> Post(this HttpClient client, string url, string handler, Dictionary<string, string> fields)
    {
        var page = await client.GetAsync(url);
        var html = await page.Content.ReadAsStringAsync();
        fields["_handler"] = handler;
        fields["__RequestVerificationToken"] = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var post = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        post.Headers.Add("Cookie", string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        var response = await client.SendAsync(post);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"posting {handler} to {url}: {await response.Content.ReadAsStringAsync()}");
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>A page's HTML with entities decoded, so assertions read as the person sees the text.</summary>
    public static async Task<string> Page(this HttpClient client, string url) =>
        System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(url));
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
