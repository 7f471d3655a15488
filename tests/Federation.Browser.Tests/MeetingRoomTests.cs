using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Federation.Browser.Tests;

/// <summary>
/// A meeting room with several browsers at once: the chair's control view, the projector, and two phones at 390 px
/// (a signed-in member and a guest with the meeting's code). Nothing reloads: the list reaches everyone live.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MeetingRoomTests(BrowserFixture app)
{
    private const string Speaker = "talare@solna.test";

    [Fact]
    public async Task A_request_to_speak_from_one_phone_appears_on_the_projector_and_the_other_phone_without_a_reload()
    {
        using var api = app.Server.CreateApiClient(await app.Server.CreateToken(BrowserFixture.SolnaAdmin));
        var member = await api.PostAsJsonAsync("api/associations/solna/members", new
        {
            memberNumber = "7301", firstName = "Tova", lastName = "Talesson", email = "m7301@exempel.se", gender = "woman", joinedOn = new DateOnly(2025, 3, 1),
        });
        member.EnsureSuccessStatusCode();
        await app.Server.AddAccount(Speaker, "Tova Talesson", "solna", "member", BrowserFixture.Password);
        await TestHost.Link(app.Server.Services, Speaker, "solna", (await member.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        var meeting = await api.PostAsJsonAsync("api/associations/solna/meetings", new { kind = "member-meeting", title = "Medlemsmöte i Solna", date = DateOnly.FromDateTime(DateTime.Today) });
        meeting.EnsureSuccessStatusCode();
        var meetingId = (await meeting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var chair = await app.SignedIn(BrowserFixture.SolnaBoard);
        await chair.GotoAsync($"/a/solna/meetings/{meetingId}");
        var code = (await chair.Locator("main .speaker-code").TextContentAsync())!.Trim();
        code.Length.ShouldBe(6);

        var projector = await app.NewPage(1280, 720);
        await projector.GotoAsync($"/a/solna/talarlista/{code}/projektor");
        await Expect(projector.Locator("h1")).ToContainTextAsync("Medlemsmöte i Solna");

        var member1 = await app.SignedIn(Speaker, width: 390, height: 844);
        await member1.GotoAsync($"/a/solna/talarlista/{code}");
        var guest = await app.NewPage(390, 844);
        await guest.GotoAsync("/a/solna/talarlista");
        await guest.GetByLabel("Mötets kod").FillAsync(code.ToLowerInvariant());
        await guest.GetByRole(AriaRole.Button, new() { Name = "Öppna talarlistan" }).ClickAsync();
        await Expect(guest.Locator("main h1")).ToHaveTextAsync("Medlemsmöte i Solna");
        foreach (var page in new[] { projector, member1, guest }) await page.EvaluateAsync("() => window.notReloaded = true");

        var asked = Stopwatch.StartNew();
        await member1.GetByRole(AriaRole.Button, new() { Name = "Begär ordet", Exact = true }).ClickAsync();
        await Expect(projector.Locator(".queue")).ToContainTextAsync("Tova Talesson");
        var onProjector = asked.ElapsedMilliseconds;
        await Expect(guest.Locator(".queue")).ToContainTextAsync("Tova Talesson");
        await Expect(member1.Locator("main")).ToContainTextAsync("nummer 1 på tur");

        await guest.GetByLabel("Ditt namn").FillAsync("Gäst Gustav");
        await guest.GetByLabel("Kön (för talarstatistiken)").SelectOptionAsync(new SelectOptionValue { Value = "man" });
        await guest.GetByRole(AriaRole.Button, new() { Name = "Ordningsfråga" }).ClickAsync();
        await Expect(projector.Locator(".queue li").First).ToContainTextAsync("Gäst Gustav (Ordningsfråga)");
        await Expect(member1.Locator(".queue li").First).ToContainTextAsync("Gäst Gustav");
        await Expect(chair.Locator("main table").First).ToContainTextAsync("Gäst Gustav");

        await chair.GetByRole(AriaRole.Button, new() { Name = "Nästa talare" }).ClickAsync();
        await Expect(projector.Locator(".current-speaker")).ToHaveTextAsync("Gäst Gustav");
        await Expect(member1.Locator(".current-speaker")).ToHaveTextAsync("Gäst Gustav");
        await Expect(projector.Locator(".timer")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^0:0[1-9]$"), new() { Timeout = 5_000 });

        foreach (var page in new[] { projector, member1, guest })
            (await page.EvaluateAsync<bool>("() => window.notReloaded === true")).ShouldBeTrue("a page reloaded to show the change");
        foreach (var phone in new[] { member1, guest })
            (await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("a phone scrolls sideways");
        await BrowserFixture.Screenshot(projector, "meeting-projector");
        await BrowserFixture.Screenshot(guest, "meeting-phone-guest-390");
        Console.WriteLine($"request to speak → projector: {onProjector} ms");
    }

    [Fact]
    public async Task The_years_statistics_compare_the_speakers_with_those_present_and_say_whether_they_are_even_on_a_phone()
    {
        using var api = app.Server.CreateApiClient(await app.Server.CreateToken(BrowserFixture.SolnaAdmin));
        var meeting = await api.PostAsJsonAsync("api/associations/solna/meetings", new { kind = "member-meeting", title = "Medlemsmöte 2021", date = "2021-09-14" });
        meeting.EnsureSuccessStatusCode();
        var meetingApi = $"api/associations/solna/meetings/{(await meeting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()}";
        foreach (var (name, gender) in new[] { ("Alma", "woman"), ("Berit", "woman"), ("Carl", "man"), ("David", "man") })
            (await api.PostAsJsonAsync($"{meetingApi}/attendees", new { name, gender })).EnsureSuccessStatusCode();
        // The server's own clock times the speeches: Alma speaks four seconds, Carl stops at once, so the time is uneven.
        foreach (var (name, gender, seconds) in new[] { ("Alma", "woman", 4), ("Carl", "man", 0) })
        {
            (await api.PostAsJsonAsync($"{meetingApi}/speakers", new { name, gender })).EnsureSuccessStatusCode();
            (await api.PostAsync($"{meetingApi}/speakers/start", null)).EnsureSuccessStatusCode();
            await Task.Delay(TimeSpan.FromSeconds(seconds));
            (await api.PostAsync($"{meetingApi}/speakers/stop", null)).EnsureSuccessStatusCode();
        }

        var phone = await app.SignedIn(BrowserFixture.SolnaBoard, width: 390, height: 844);
        await phone.GotoAsync("/a/solna/meetings");
        await phone.GetByLabel("År", new() { Exact = true }).FillAsync("2021");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Visa" }).ClickAsync();
        await Expect(phone.Locator("main h2").First).ToHaveTextAsync("Talarstatistik 2021");
        await Expect(phone.Locator("main .year-meetings")).ToHaveTextAsync(
            "Möten med talarlista: 1, varav 1 med närvaron i protokollet. Andelen av de närvarande räknas på deras närvaro, summerad över mötena.");
        var figures = phone.Locator("main table.speaker-figures");
        await Expect(figures.Locator("thead")).ToContainTextAsync("Andel av de närvarande");
        var women = figures.Locator("tbody tr").Filter(new() { HasText = "Kvinnor" });
        await Expect(women.Locator("td").Nth(4)).ToHaveTextAsync("50 %");   // of the speakers
        await Expect(women.Locator("td").Nth(6)).ToHaveTextAsync("50 %");   // of those present
        await Expect(phone.Locator("main .evenness")).ToContainTextAsync("Jämn fördelning är 40–60 % kvinnor.");
        await Expect(phone.Locator("main .even-speakers")).ToHaveTextAsync("jämn");
        await Expect(phone.Locator("main .even-time")).ToHaveTextAsync("ojämn");
        (await BrowserFixture.Width(phone)).ShouldBeLessThanOrEqualTo(390);
        await BrowserFixture.Screenshot(phone, "meetings-year-statistics-390");
    }

    [Fact]
    public async Task Minutes_survive_a_second_secretary_saving_the_same_item_their_text_is_shown_and_nothing_typed_is_lost()
    {
        using var api = app.Server.CreateApiClient(await app.Server.CreateToken(BrowserFixture.SolnaAdmin));
        var meeting = await api.PostAsJsonAsync("api/associations/solna/meetings", new { kind = "board-meeting", title = "Styrelsemöte med två sekreterare", date = "2026-02-10" });
        meeting.EnsureSuccessStatusCode();
        var meetingId = (await meeting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await api.PostAsJsonAsync($"api/associations/solna/meetings/{meetingId}/items", new { title = "Ekonomi" })).EnsureSuccessStatusCode();

        var first = await app.SignedIn(BrowserFixture.SolnaBoard);
        var second = await app.SignedIn(BrowserFixture.Coordinator, width: 390, height: 844);
        foreach (var page in new[] { first, second }) await page.GotoAsync($"/a/solna/meetings/{meetingId}/minutes");

        await first.GetByLabel("Protokolltext § 1").FillAsync("Kassören rapporterade.");
        await first.GetByRole(AriaRole.Button, new() { Name = "Spara protokollet" }).ClickAsync();
        await Expect(first.Locator("main [role=status]")).ToHaveTextAsync("Sparat (1 punkter ändrade).");

        await second.GetByLabel("Protokolltext § 1").FillAsync("Ekonomin är god.");
        await second.GetByRole(AriaRole.Button, new() { Name = "Spara protokollet" }).ClickAsync();
        await Expect(second.Locator("main .conflict")).ToContainTextAsync("Någon annan sparade § 1 medan du skrev.");
        await Expect(second.Locator("main .conflict .theirs")).ToHaveTextAsync("Kassören rapporterade.");
        await Expect(second.GetByLabel("Protokolltext § 1")).ToHaveValueAsync("Ekonomin är god.");
        await BrowserFixture.Screenshot(second, "minutes-conflict-390");

        await second.GetByLabel("Protokolltext § 1").FillAsync("Kassören rapporterade. Ekonomin är god.");
        await second.GetByRole(AriaRole.Button, new() { Name = "Spara protokollet" }).ClickAsync();
        await Expect(second.Locator("main [role=status]")).ToHaveTextAsync("Sparat (1 punkter ändrade).");
        var minutes = await api.GetFromJsonAsync<JsonElement>($"api/associations/solna/meetings/{meetingId}/minutes");
        minutes.GetProperty("items")[0].GetProperty("minutes").GetString().ShouldBe("Kassören rapporterade. Ekonomin är god.");
    }
}
