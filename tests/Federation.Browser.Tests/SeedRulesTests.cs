using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Federation.Browser.Tests;

/// <summary>Issue 16, the seeds' rules that were missing, each through its main action on a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SeedRulesTests(BrowserFixture app)
{
    private const int Phone = 390;

    [Fact]
    public async Task Solnas_board_tags_the_member_days_in_syninge_and_the_year_wheel_counts_them()
    {
        var year = DateTime.UtcNow.Year + 1;
        var board = await app.SignedIn(BrowserFixture.SolnaBoard, width: Phone, height: 844);
        await board.GotoAsync("/a/solna/activities/new");
        await board.GetByLabel("Typ").SelectOptionAsync("social");
        await board.GetByLabel("Rubrik").FillAsync("Sommarhelg på kursgården");
        await board.GetByLabel("Början (svensk tid)").FillAsync($"{year}-06-12T10:00");
        await board.GetByLabel("Slut (svensk tid)").FillAsync($"{year}-06-13T15:00");
        await board.GetByLabel("Hållpunkt i verksamhetsplanen").SelectOptionAsync(new SelectOptionValue { Label = "Medlemsdagar i Syninge" });
        await board.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Expect(board.Locator("h1")).ToHaveTextAsync("Sommarhelg på kursgården");
        await Expect(board.Locator("dl")).ToContainTextAsync("Medlemsdagar i Syninge");

        await board.GotoAsync($"/a/solna/activities/year-wheel?year={year}");
        var row = board.Locator("tr[data-expected=syninge]");
        await Expect(row).ToContainTextAsync("Planerad");
        await Expect(row).ToContainTextAsync("Sommarhelg på kursgården");
        (await BrowserFixture.Width(board)).ShouldBeLessThanOrEqualTo(Phone);
        await BrowserFixture.Screenshot(board, "syninge-year-wheel-390");
        await board.Context.CloseAsync();
    }
}
