using System.Net.Http.Json;
using Federation.TestSupport;
using Microsoft.Playwright;

namespace Federation.Browser.Tests;

/// <summary>
/// One running app (fresh SQLite data folder, a few accounts and Solna members) and one headless
/// Debian Chromium, shared by every browser test. Each test gets its own browser context (cookies).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string Password = "browser-test-pw";

    // People, as the tests talk about them.
    public const string SolnaBoard = "styrelse@solna.test";
    /// <summary>Chooses English in a test; the choice is remembered with the account, so no other test signs in as it.</summary>
    public const string EnglishReader = "engelska@solna.test";
    public const string SolnaMember = "medlem@solna.test";
    public const string Coordinator = "samordnare@sundbyberg.test";
    public const string SolnaAdmin = "ordforande@solna.test";
    public const string DistrictAdmin = "admin@storstockholm.test";

    /// <summary>Members added to Solna through the API (last names are unique, for the search test).</summary>
    public static readonly (string Number, string First, string Last)[] SolnaMembers =
    [
        ("7001", "Astrid", "Lindgren"),
        ("7002", "Björn", "Öberg"),
        ("7003", "Cecilia", "Wahlström"),
        ("7004", "Dragan", "Petrović"),
        ("7005", "Elsa", "Nyqvist"),
    ];

    private IPlaywright? playwright;

    public FederationServer Server { get; private set; } = default!;

    /// <summary>The fixture's Solna members by member number, for linking an account to one.</summary>
    public Dictionary<string, Guid> SolnaMemberIds { get; } = [];

    /// <summary>The real SMTP server the app sends its mail to (python3-aiosmtpd on 127.0.0.1).</summary>
    public SmtpSink Smtp { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Screenshots go here (under the test output folder).</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException("Chromium not found: run `apt-get install -y chromium` (the test command .ci/test does this)");

        Smtp = await SmtpSink.Start();
        Server = await FederationServer.StartAsync(b =>
        {
            b.Configuration["Communications:Smtp:Host"] = "127.0.0.1";
            b.Configuration["Communications:Smtp:Port"] = Smtp.Port.ToString();
            b.Configuration["Communications:Smtp:Security"] = "none";
            b.Configuration["Communications:Smtp:From"] = "Vänsterpartiet Solna <nyhetsbrev@solna.test>";
        });
        await Server.AddAccount(SolnaBoard, "Styrelseledamot Solna", "solna", "board", Password);
        await Server.AddAccount(EnglishReader, "Engelsktalande Solna", "solna", "board", Password);
        await Server.AddAccount(SolnaMember, "Medlem Solna", "solna", "member", Password);
        await Server.AddAccount(Coordinator, "Samordnare Solna och Sundbyberg", "sundbyberg", "board", Password);
        await Server.AddAccount(Coordinator, "Samordnare Solna och Sundbyberg", "solna", "board", Password);
        await Server.AddAccount(SolnaAdmin, "Ordförande Solna", "solna", "admin", Password);
        await Server.AddAccount(DistrictAdmin, "Distriktsadministratör", "district", "district-admin", Password);

        using var api = Server.CreateApiClient(await Server.CreateToken(SolnaAdmin));
        foreach (var (number, first, last) in SolnaMembers)
        {
            var response = await api.PostAsJsonAsync("api/associations/solna/members", new
            {
                memberNumber = number, firstName = first, lastName = last,
                email = $"m{number}@exempel.se", joinedOn = new DateOnly(2025, 3, 1),
            });
            response.EnsureSuccessStatusCode();
            SolnaMemberIds[number] = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(LaunchOptions);
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>Debian's headless Chromium, as every browser test starts it.</summary>
    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = ChromiumPath,
        Headless = true,
        Timeout = 60_000,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync",
        ],
    };

    /// <summary>A fresh browser context (no cookies) with one page, at the app's address.</summary>
    public async Task<IPage> NewPage(int width = 1200, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the form at /signin, as a person would.</summary>
    public async Task<IPage> SignedIn(string email, string password = Password, int width = 1200, int height = 800)
    {
        var page = await NewPage(width, height);
        await SignIn(page, email, password);
        return page;
    }

    public static async Task SignIn(IPage page, string email, string password = Password)
    {
        await page.GotoAsync("/signin");
        await page.Locator("input[name='Input.Email']").FillAsync(email);
        await page.Locator("input[name='Input.Password']").FillAsync(password);
        await page.Locator("main button[type=submit]").ClickAsync();
        // Done when the next page shows who is signed in, or the form shows its error.
        await Assertions.Expect(page.Locator("header .who").Or(page.Locator("main p.error"))).ToBeVisibleAsync();
    }

    /// <summary>How wide the page's document is, to compare with the viewport.</summary>
    public static Task<int> Width(IPage page) => page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

    public static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
        if (Smtp is not null) await Smtp.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
