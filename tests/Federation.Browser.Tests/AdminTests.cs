using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Federation.Browser.Tests;

/// <summary>The district's administration page as its administrator sees it, on a phone and on a desktop.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminTests(BrowserFixture app)
{
    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 900)]
    public async Task The_district_admin_sees_the_plugins_how_many_messages_wait_and_that_none_is_undeliverable(int width, int height)
    {
        var page = await app.SignedIn(BrowserFixture.DistrictAdmin);
        await page.SetViewportSizeAsync(width, height);
        await page.GotoAsync("/admin");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Distriktets administration");
        await Expect(page.Locator("table.plugins tr.ok")).ToHaveCountAsync(3);
        var messages = page.Locator("section", new() { HasText = "Meddelanden som inte kunde hanteras" });
        await Expect(messages.Locator("p.queue")).ToHaveTextAsync(new Regex(@"^\d+ meddelanden väntar på att hanteras\.$"));
        await Expect(messages.Locator("p.empty")).ToHaveTextAsync("Inga – allt har levererats.");
        await BrowserFixture.Screenshot(page, $"admin-{width}");
    }
}
