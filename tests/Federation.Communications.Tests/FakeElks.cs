using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Federation.Communications.Tests;

/// <summary>
/// A local HTTP server with 46elks's documented SMS contract: <c>POST /a1/sms</c>, form fields
/// <c>from</c>, <c>to</c>, <c>message</c>, HTTP basic auth; answers 401 to wrong credentials, 403 to a
/// number it refuses (as the real one does for a bad number) and JSON like the real one otherwise.
/// </summary>
internal sealed class FakeElks : IAsyncDisposable
{
    public const string User = "u1234";
    public const string Password = "hemligt";
    public const string Refused = "+46700000000";

    private readonly WebApplication app;

    public ConcurrentQueue<(string From, string To, string Message)> Received { get; } = new();

    private FakeElks(WebApplication app) => this.app = app;

    public string BaseUrl => app.Urls.First();

    /// <summary>Points the product's SMS settings at this server, with its credentials.</summary>
    public void Configure(WebApplicationBuilder builder)
    {
        builder.Configuration["Communications:Sms:BaseUrl"] = BaseUrl;
        builder.Configuration["Communications:Sms:User"] = User;
        builder.Configuration["Communications:Sms:Password"] = Password;
    }

    public static async Task<FakeElks> Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var elks = new FakeElks(app);
        app.MapPost("/a1/sms", async (HttpRequest request) =>
        {
            var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}"));
            if (request.Headers.Authorization != expected) return Results.Unauthorized();
            var form = await request.ReadFormAsync();
            if (form["to"] == Refused) return Results.Text("Invalid to number", statusCode: 403);
            elks.Received.Enqueue((form["from"]!, form["to"]!, form["message"]!));
            return Results.Json(new { status = "created", id = "s" + Guid.NewGuid().ToString("N"), to = form["to"].ToString(), parts = 1 });
        });
        await app.StartAsync();
        return elks;
    }

    /// <summary>What 46elks posts to a number's <c>sms_url</c> when it receives an SMS (form-encoded, documented fields).</summary>
    public static Task<HttpResponseMessage> Incoming(HttpClient client, string url, string from, string message) =>
        client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["direction"] = "incoming", ["id"] = "s" + Guid.NewGuid().ToString("N"), ["from"] = from, ["to"] = "+46766861004",
            ["created"] = "2026-11-26T06:00:00.000000", ["message"] = message,
        }));

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
