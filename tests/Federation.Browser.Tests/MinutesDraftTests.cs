using System.Net.Http.Json;
using System.Text.Json;
using Federation.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Federation.Browser.Tests;

/// <summary>
/// Minutes typed and not saved survive a closed tab: the phone keeps a draft, brings it back into its box when nobody
/// saved the item since, and shows it beside the box (never over the other's text) when somebody did.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MinutesDraftTests(BrowserFixture app)
{
    [Fact]
    public async Task Text_typed_on_a_phone_and_not_saved_comes_back_after_the_tab_is_closed_and_is_dropped_once_saved()
    {
        var (meetingId, _, _, api) = await MeetingWithOneItem("Styrelsemöte där fliken stängdes");
        api.Dispose();
        var phone = await app.SignedIn(BrowserFixture.SolnaBoard, width: 390, height: 844);
        await phone.GotoAsync($"/a/solna/meetings/{meetingId}/minutes");
        await phone.GetByLabel("Protokolltext § 1").FillAsync("Kassören rapporterade att ekonomin är god.");
        var context = phone.Context;
        await phone.CloseAsync();

        var again = await context.NewPageAsync();
        await again.GotoAsync($"/a/solna/meetings/{meetingId}/minutes");
        await Expect(again.GetByLabel("Protokolltext § 1")).ToHaveValueAsync("Kassören rapporterade att ekonomin är god.");
        await Expect(again.Locator("main .restored-draft")).ToContainTextAsync("text du skrev här men inte sparade");
        (await BrowserFixture.Width(again)).ShouldBeLessThanOrEqualTo(390);
        await BrowserFixture.Screenshot(again, "minutes-draft-restored-390");

        await again.GetByRole(AriaRole.Button, new() { Name = "Spara protokollet" }).ClickAsync();
        await Expect(again.Locator("main [role=status]").Last).ToHaveTextAsync("Sparat (1 punkter ändrade).");
        await again.ReloadAsync();
        await Expect(again.GetByLabel("Protokolltext § 1")).ToHaveValueAsync("Kassören rapporterade att ekonomin är god.");
        await Expect(again.Locator("main .restored-draft")).ToHaveCountAsync(0);
        (await Drafts(again)).ShouldBe(0);
    }

    [Fact]
    public async Task Signing_out_leaves_no_unsaved_minutes_in_the_browser()
    {
        var (meetingId, _, _, api) = await MeetingWithOneItem("Styrelsemöte på en lånad dator");
        api.Dispose();
        var page = await app.SignedIn(BrowserFixture.SolnaBoard);
        await page.GotoAsync($"/a/solna/meetings/{meetingId}/minutes");
        await page.GetByLabel("Protokolltext § 1").FillAsync("Osparat på en lånad dator.");
        (await Drafts(page)).ShouldBe(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();
        await Expect(page.Locator("header .who")).ToHaveCountAsync(0);
        (await Drafts(page)).ShouldBe(0);
    }

    private static Task<int> Drafts(IPage page) =>
        page.EvaluateAsync<int>("() => Object.keys(localStorage).filter(k => k.startsWith('draft:')).length");

    [Fact]
    public async Task A_draft_older_than_another_secretarys_save_is_shown_beside_their_text_not_over_it()
    {
        var (meetingId, itemId, revision, api) = await MeetingWithOneItem("Styrelsemöte med ett gammalt utkast");
        using var owned = api;
        var phone = await app.SignedIn(BrowserFixture.SolnaBoard, width: 390, height: 844);
        await phone.GotoAsync($"/a/solna/meetings/{meetingId}/minutes");
        await phone.GetByLabel("Protokolltext § 1").FillAsync("Mitt osparade utkast.");
        var context = phone.Context;
        await phone.CloseAsync();

        (await api.PutAsJsonAsync($"api/associations/solna/meetings/{meetingId}/items/{itemId}/minutes", new { text = "Sekreterarens sparade text.", revision }))
            .EnsureSuccessStatusCode();

        var again = await context.NewPageAsync();
        await again.GotoAsync($"/a/solna/meetings/{meetingId}/minutes");
        await Expect(again.GetByLabel("Protokolltext § 1")).ToHaveValueAsync("Sekreterarens sparade text.");
        await Expect(again.Locator("main .stale-draft")).ToContainTextAsync("någon har sparat punkten sedan dess");
        await Expect(again.Locator("main .stale-draft .kept-draft")).ToHaveTextAsync("Mitt osparade utkast.");
    }

    private async Task<(Guid Meeting, Guid Item, int Revision, HttpClient Api)> MeetingWithOneItem(string title)
    {
        var api = app.Server.CreateApiClient(await app.Server.CreateToken(BrowserFixture.SolnaAdmin));
        var meeting = await api.PostAsJsonAsync("api/associations/solna/meetings", new { kind = "board-meeting", title, date = "2026-02-10" });
        meeting.EnsureSuccessStatusCode();
        var meetingId = (await meeting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var item = await api.PostAsJsonAsync($"api/associations/solna/meetings/{meetingId}/items", new { title = "Ekonomi" });
        item.EnsureSuccessStatusCode();
        var created = await item.Content.ReadFromJsonAsync<JsonElement>();
        return (meetingId, created.GetProperty("id").GetGuid(), created.GetProperty("revision").GetInt32(), api);
    }
}
