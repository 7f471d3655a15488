using System.Text.RegularExpressions;
using Federation.Host.Accounts;

namespace Federation.Host.Tests;

/// <summary>Password sign-in through the real form (with antiforgery), throttling of failures, bearer tokens.</summary>
public sealed partial class SignInTests : IAsyncLifetime
{
    private TestHost host = null!;

    public async Task InitializeAsync()
    {
        host = await TestHost.Start();
        await host.TokenFor("ordforande@solna.test", "solna", "admin");
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_right_password_signs_in_and_the_start_page_lists_the_association()
    {
        var (response, cookies) = await SignIn("ordforande@solna.test", TestHost.Password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/");
        var home = new HttpRequestMessage(HttpMethod.Get, "/");
        home.Headers.Add("Cookie", cookies + "; " + AuthCookie(response));
        var page = await (await host.Client().SendAsync(home)).Content.ReadAsStringAsync();
        page.ShouldContain("Vänsterpartiet Solna");
    }

    [Fact]
    public async Task Choosing_english_is_remembered_for_the_account()
    {
        var (signedIn, cookies) = await SignIn("ordforande@solna.test", TestHost.Password);
        var session = cookies + "; " + AuthCookie(signedIn);
        var client = host.Client();
        var home = new HttpRequestMessage(HttpMethod.Get, "/");
        home.Headers.Add("Cookie", session);
        var token = AntiforgeryField().Match(await (await client.SendAsync(home)).Content.ReadAsStringAsync()).Groups[1].Value;
        var choose = new HttpRequestMessage(HttpMethod.Post, "/culture")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["culture"] = "en-GB", ["returnUrl"] = "/", ["__RequestVerificationToken"] = token,
            }),
        };
        choose.Headers.Add("Cookie", session);
        (await client.SendAsync(choose)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var scope = host.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<AccountService>().Find("ordforande@solna.test"))!.PreferredCulture.ShouldBe("en");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_clear_message()
    {
        var (response, _) = await SignIn("ordforande@solna.test", "wrong password");
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Fel e-post eller lösenord.");
    }

    [Fact]
    public async Task After_five_failures_even_the_right_password_waits()
    {
        for (var i = 0; i < SignInThrottle.MaxFailures; i++)
            (await SignIn("ordforande@solna.test", "guess " + i)).Response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var (blocked, _) = await SignIn("ordforande@solna.test", TestHost.Password);
        blocked.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await blocked.Content.ReadAsStringAsync()).ShouldContain("För många misslyckade inloggningar");
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_rejected()
    {
        var response = await host.Client().PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin", ["Input.Email"] = "ordforande@solna.test", ["Input.Password"] = TestHost.Password,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task An_unknown_token_gets_401()
    {
        (await host.Client("fed_not-a-real-token").GetAsync("/api/associations/solna/members")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public void The_throttle_forgets_failures_after_the_window()
    {
        var clock = new ManualClock();
        var throttle = new SignInThrottle(clock);
        for (var i = 0; i < SignInThrottle.MaxFailures; i++) throttle.Failed("a@b.se", "10.0.0.1");
        throttle.BlockedUntil("A@B.se", "10.0.0.1").ShouldNotBeNull("the email is blocked from that address");
        throttle.BlockedUntil("a@b.se", "10.0.0.2").ShouldBeNull("the person can still sign in from their own address");
        throttle.BlockedUntil("c@d.se", "10.0.0.1").ShouldBeNull("five failures for one email do not block the address");
        clock.Now += SignInThrottle.Window;
        throttle.BlockedUntil("a@b.se", "10.0.0.1").ShouldBeNull();
    }

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private async Task<(HttpResponseMessage Response, string Cookies)> SignIn(string email, string password)
    {
        var client = host.Client();
        var form = await client.GetAsync("/signin");
        var html = await form.Content.ReadAsStringAsync();
        var token = AntiforgeryField().Match(html).Groups[1].Value;
        var cookies = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var post = new HttpRequestMessage(HttpMethod.Post, "/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "signin", ["__RequestVerificationToken"] = token, ["Input.Email"] = email, ["Input.Password"] = password,
            }),
        };
        post.Headers.Add("Cookie", cookies);
        return (await client.SendAsync(post), cookies);
    }

    private static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("federation=")).Split(';')[0];

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
