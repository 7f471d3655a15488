using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Federation.Browser.Tests;

/// <summary>An officer on a phone: a series tells when its next issue is due and opens its draft; a printed letter is made and shown as it will be printed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CommunicationsPagesTests(BrowserFixture app)
{
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    [Fact]
    public async Task On_a_phone_a_monthly_series_says_its_next_issue_is_due_and_writes_it_from_a_draft()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Stockholm).DateTime).ToString("yyyy-MM-dd");
        var page = await app.SignedIn(BrowserFixture.SolnaBoard, width: 390, height: 844);
        await page.GotoAsync("/a/solna/communications");
        await page.Locator("input[name='Input.Name']").FillAsync("Nytt i Solnapolitiken");
        await page.Locator("form button", new() { HasText = "Lägg till serie" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync($"nästa nummer {today}");

        await page.Locator("main a", new() { HasText = "Nytt i Solnapolitiken" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Nytt i Solnapolitiken");
        await Expect(page.Locator("[role=status]")).ToContainTextAsync($"Nästa nummer ska ut {today}");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the series page scrolls sideways");
        await BrowserFixture.Screenshot(page, "series-390");

        await page.Locator("button", new() { HasText = "Skriv nästa nummer" }).ClickAsync();
        await Expect(page.Locator("input[name='Input.Subject']")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^Nytt i Solnapolitiken "));
        await page.GotoAsync("/a/solna");
        await Expect(page.Locator("main")).ToContainTextAsync("Nästa nummer av Nytt i Solnapolitiken");
    }

    [Fact]
    public async Task On_a_phone_the_semesters_printed_letter_is_made_and_shown_as_it_will_be_printed()
    {
        using (var api = app.Server.CreateApiClient(await app.Server.CreateToken(BrowserFixture.SolnaAdmin)))
            (await api.PostAsJsonAsync("api/associations/solna/members", new
            {
                memberNumber = "7090", firstName = "Greta", lastName = "Papperström", joinedOn = new DateOnly(2020, 1, 1), nonDigital = true,
                contactByPost = true, street = "Råsundavägen 1", postalCode = "16950", city = "Solna",
            })).EnsureSuccessStatusCode();
        var page = await app.SignedIn(BrowserFixture.SolnaBoard, width: 390, height: 844);
        await page.GotoAsync("/a/solna/communications/letters");
        await page.Locator("input[name='Input.Subject']").FillAsync("Hösten i {{förening}}");
        await page.Locator("textarea[name='Input.Body']").FillAsync("Hej {{förnamn}}!\n\nVälkommen på **medlemsmöte**.");
        await page.Locator("button", new() { HasText = "Skapa brev" }).ClickAsync();

        var letter = page.Locator("article.letter", new() { HasText = "Papperström" });
        await Expect(letter).ToContainTextAsync("Hösten i Vänsterpartiet Solna");
        await Expect(letter).ToContainTextAsync("Hej Greta!");
        await Expect(letter.Locator("address")).ToContainTextAsync("169 50");
        await Expect(page.Locator("a", new() { HasText = "Ladda ner PDF för utskrift" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"\.pdf$"));
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the letter page scrolls sideways");
        await BrowserFixture.Screenshot(page, "printed-letter-390");
    }
}
