using System.Net;
using System.Net.Http.Headers;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Federation.Browser.Tests;

/// <summary>"Mitt konto": a person makes and revokes an API key and signs out everywhere, which ends a copied session too.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountTests(BrowserFixture app)
{
    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 900)]
    public async Task A_person_creates_and_revokes_a_key_and_signing_out_everywhere_ends_every_browser(int width, int height)
    {
        var elsewhere = await app.SignedIn(BrowserFixture.SolnaMember);
        var page = await app.SignedIn(BrowserFixture.SolnaMember);
        await page.SetViewportSizeAsync(width, height);
        await page.Locator("header a.who").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Mitt konto");

        await page.Locator("input[name=Days]").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa en API-nyckel" }).ClickAsync();
        var token = await page.Locator("p.token code").InnerTextAsync();
        using var api = app.Server.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await api.GetAsync("/api/associations/solna/activities")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Expect(page.Locator("ul.tokens li").Filter(new() { HasText = "Giltig" })).Not.ToHaveCountAsync(0);
        await BrowserFixture.Screenshot(page, $"account-{width}");

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Återkalla nyckeln") }).First.ClickAsync();
        await Expect(page.Locator("p[role=status]")).ToHaveTextAsync("Nyckeln är återkallad och fungerar inte längre.");
        (await api.GetAsync("/api/associations/solna/activities")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        await page.GetByRole(AriaRole.Button, new() { Name = "Logga ut överallt" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Logga in");
        await elsewhere.GotoAsync("/account");
        await Expect(elsewhere.Locator("h1")).ToHaveTextAsync("Logga in", new() { Timeout = 10_000 });
        await page.Context.CloseAsync();
        await elsewhere.Context.CloseAsync();
    }
}
