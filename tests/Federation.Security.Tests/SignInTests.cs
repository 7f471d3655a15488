using System.Net;
using Federation.Host.Accounts;
using Federation.Host.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Security.Tests;

/// <summary>
/// Issue 15, items 9, 12 and 13: signing in tells nothing about which addresses have accounts, a guesser
/// cannot lock the real person out, the proxy's client address and https are honoured, passwords are
/// long and uncommon, and every answer carries the security headers.
/// </summary>
public sealed class SignInTests : IAsyncLifetime
{
    private const string Proxy = "127.0.0.1";
    private FederationServer server = null!;
    private readonly CountingHasher hasher = new();

    public async Task InitializeAsync()
    {
        server = await FederationServer.StartAsync(b =>
        {
            b.Configuration["Web:KnownProxies:0"] = Proxy;
            b.Services.AddSingleton<IPasswordHasher<Account>>(hasher);
        });
        await server.AddAccount("ordforande@solna.test", "Ordförande", "solna", "admin", "ett riktigt långt lösenord");
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task An_unknown_address_costs_the_same_password_check_as_a_known_one()
    {
        hasher.Verifications = 0;
        (await FormSignIn.Post(server, "ordforande@solna.test", "fel lösenord här", "203.0.113.5")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        hasher.Verifications.ShouldBe(1);
        (await FormSignIn.Post(server, "ingen-alls@solna.test", "fel lösenord här", "203.0.113.5")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        hasher.Verifications.ShouldBe(2, "a password hash is checked for an address without an account too");
    }

    [Fact]
    public async Task A_guesser_elsewhere_does_not_lock_the_person_out_but_is_slowed_down_themselves()
    {
        for (var i = 0; i < SignInThrottle.MaxFailures; i++)
            (await FormSignIn.Post(server, "ordforande@solna.test", $"gissning nummer {i}", "203.0.113.5")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await FormSignIn.Post(server, "ordforande@solna.test", "ett riktigt långt lösenord", "203.0.113.5")).StatusCode
            .ShouldBe(HttpStatusCode.TooManyRequests, "the guesser's address waits");
        var own = await FormSignIn.Post(server, "ordforande@solna.test", "ett riktigt långt lösenord", "198.51.100.7");
        own.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the person signs in from their own address (the proxy's X-Forwarded-For)");
    }

    [Fact]
    public async Task Behind_an_https_proxy_the_session_cookie_is_secure()
    {
        var response = await FormSignIn.Post(server, "ordforande@solna.test", "ett riktigt långt lösenord", "198.51.100.7", https: true);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("federation=", StringComparison.Ordinal))
            .ShouldContain("secure", Case.Insensitive);
    }

    [Theory]
    [InlineData("password", "at least 12 characters")]
    [InlineData("12345678", "at least 12 characters")]
    [InlineData("qwerty123456", "most common")]
    [InlineData("Vansterpartiet", "most common")]
    [InlineData("aaaaaaaaaaaaaaaa", "more than one or two")]
    [InlineData("kassor.solna-2026", "email address")]
    public async Task Short_common_or_guessable_passwords_are_refused(string password, string reason)
    {
        using var scope = server.Services.CreateScope();
        var refused = await Should.ThrowAsync<ArgumentException>(() => scope.ServiceProvider.GetRequiredService<AccountService>()
            .AddOrGrant("kassor.solna@exempel.se", "Kassör", "solna", "board", password));
        refused.Message.ShouldContain(reason);
        (await scope.ServiceProvider.GetRequiredService<AccountService>().Find("kassor.solna@exempel.se")).ShouldBeNull("nothing was stored");
    }

    [Fact]
    public async Task Signed_in_pages_carry_the_security_headers_and_are_not_cached()
    {
        using var client = server.CreateClient();
        var token = await server.CreateToken("ordforande@solna.test");
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var response = await client.GetAsync("/api/associations/solna/members");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();

        using var anonymous = server.CreateClient();
        (await anonymous.GetAsync("/signin")).Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
    }

    /// <summary>The product's hasher, counting how often a password is checked.</summary>
    private sealed class CountingHasher : IPasswordHasher<Account>
    {
        private readonly PasswordHasher<Account> inner = new();
        public int Verifications;

        public string HashPassword(Account user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(Account user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref Verifications);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
