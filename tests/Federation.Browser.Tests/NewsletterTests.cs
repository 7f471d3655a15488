using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Federation.Browser.Tests;

/// <summary>A board member writes a newsletter, previews it as a member and sends it, on a phone and on a desktop.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NewsletterTests(BrowserFixture app)
{
    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 900)]
    public async Task A_board_member_writes_previews_and_sends_a_newsletter_and_sees_it_delivered(int width, int height)
    {
        var before = app.Smtp.Files().Count;
        var page = await app.SignedIn(BrowserFixture.SolnaBoard);
        await page.SetViewportSizeAsync(width, height);
        await page.GotoAsync("/a/solna/communications");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Utskick");
        await page.Locator("input[name='Input.Name']").FillAsync($"På gång i föreningen {width}");
        await page.Locator("form button", new() { HasText = "Lägg till serie" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync($"På gång i föreningen {width}");

        await page.Locator("a", new() { HasText = "Skriv nyhetsbrev" }).ClickAsync();
        await page.Locator("select[name='Input.SeriesId']").SelectOptionAsync(new SelectOptionValue { Label = $"På gång i föreningen {width}" });
        await page.Locator("input[name='Input.Subject']").FillAsync("Hösten i {{förening}}");
        await page.Locator("textarea[name='Input.Body']").FillAsync("Hej {{förnamn}}!\n\nVälkommen på **medlemsmöte** i november.");
        await page.Locator("input[name='Input.PreviewAs']").FillAsync("Lindgren");
        await page.Locator("button", new() { HasText = "Förhandsgranska" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Hösten i Vänsterpartiet Solna");
        await Expect(page.Locator(".preview")).ToContainTextAsync("Hej Astrid!");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the editor scrolls sideways");
        await BrowserFixture.Screenshot(page, $"newsletter-editor-{width}");

        await page.Locator("button", new() { HasText = "Skicka nu" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Hösten i {{förening}}");
        await Expect(page.Locator("[role=status]")).ToContainTextAsync("5 skickade, 0 misslyckade", new() { Timeout = 30_000 });
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the send page scrolls sideways");
        await BrowserFixture.Screenshot(page, $"newsletter-sent-{width}");
        (await app.Smtp.WaitFor(before + 5)).Count.ShouldBe(before + 5);
    }
}
