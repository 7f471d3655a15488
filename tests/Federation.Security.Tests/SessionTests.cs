using System.Net;
using System.Text.Json;
using Federation.Host.Cli;
using Federation.Host.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Security.Tests;

/// <summary>
/// Issue 15, item 10: signing out ends the session (a copied cookie stops working at once), and API tokens
/// expire and can be listed and revoked.
/// </summary>
public sealed class SessionTests
{
    private const string Password = "ett riktigt långt lösenord";

    [Fact]
    public async Task After_sign_out_a_copied_session_cookie_no_longer_works()
    {
        await using var server = await FederationServer.StartAsync();
        await server.AddAccount("styrelse@solna.test", "Styrelsen", "solna", "board", Password);
        var cookies = new CookieContainer();
        (await FormSignIn.Post(server, "styrelse@solna.test", Password, cookies: cookies)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var copied = cookies.GetCookieHeader(server.BaseAddress);

        using var thief = server.CreateClient(allowAutoRedirect: false, new CookieContainer());
        thief.DefaultRequestHeaders.Add("Cookie", copied);
        (await thief.GetAsync("api/associations/solna/activities")).StatusCode.ShouldBe(HttpStatusCode.OK, "the copied cookie works while signed in");

        using var browser = server.CreateClient(allowAutoRedirect: false, cookies);
        var page = await browser.GetStringAsync("account");
        var signOut = await browser.PostAsync("signout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Forms.AntiforgeryToken(page),
        }));
        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await thief.GetAsync("api/associations/solna/activities")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the session ended with the sign-out");
    }

    [Fact]
    public async Task Tokens_expire_and_are_listed_and_revoked_in_the_cli()
    {
        var data = TestHost.NewDataDirectory();
        try
        {
            (await Cli(data, "users", "add", "--email", "skript@solna.test", "--name", "Skript", "--association", "solna", "--role", "officer",
                "--password", Password)).Code.ShouldBe(0);
            var created = await Cli(data, "tokens", "create", "--email", "skript@solna.test", "--days", "30", "--json");
            created.Code.ShouldBe(0, created.Error);
            var made = JsonDocument.Parse(created.Out).RootElement;
            var (token, id) = (made.GetProperty("token").GetString()!, made.GetProperty("id").GetGuid());
            made.GetProperty("expiresAt").GetDateTime().ShouldBe(DateTime.UtcNow.AddDays(30), TimeSpan.FromMinutes(5));
            (await Cli(data, "tokens", "create", "--email", "skript@solna.test", "--days", "400")).Error.ShouldContain("between 1 and 366 days");

            var expiring = await Cli(data, "tokens", "create", "--email", "skript@solna.test", "--json");
            var expiringToken = JsonDocument.Parse(expiring.Out).RootElement.GetProperty("token").GetString()!;

            await using (var host = await TestHost.Start(dataDirectory: data))
            {
                (await host.Client(token).GetAsync("/api/associations/solna/activities")).StatusCode.ShouldBe(HttpStatusCode.OK);
                using (var scope = host.Services.CreateScope())
                {
                    var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
                    var other = await db.ApiTokens.Where(t => t.Id != id).SingleAsync();
                    other.ExpiresAt = DateTime.UtcNow.AddMinutes(-1);
                    await db.SaveChangesAsync();
                }
                (await host.Client(expiringToken).GetAsync("/api/associations/solna/activities")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "expired");
            }

            var list = await Cli(data, "tokens", "list", "--email", "skript@solna.test");
            list.Out.ShouldContain($"{id}  valid");
            list.Out.ShouldContain("expired");
            (await Cli(data, "tokens", "revoke", "--id", id.ToString())).Out.ShouldContain($"Revoked {id}.");
            (await Cli(data, "tokens", "revoke", "--id", id.ToString())).Code.ShouldBe(1, "already revoked");
            (await Cli(data, "tokens", "list", "--email", "skript@solna.test")).Out.ShouldContain($"{id}  revoked");

            await using var after = await TestHost.Start(dataDirectory: data);
            (await after.Client(token).GetAsync("/api/associations/solna/activities")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "revoked");
        }
        finally
        {
            TestHost.TryDelete(data);
        }
    }

    private static async Task<(int Code, string Out, string Error)> Cli(string data, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await FederationCli.Run([.. args, "--data", data], output, error);
        return (code, output.ToString(), error.ToString());
    }
}
