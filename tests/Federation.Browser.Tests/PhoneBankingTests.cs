using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Federation.Browser.Tests;

/// <summary>Phone-banking in Sundbyberg on a phone: a caller takes a person, records the outcome with a note and takes the next, to the end of the queue.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneBankingTests(BrowserFixture app)
{
    // Sundbyberg members of these tests only (Solna's register is counted by other tests); the assignments pick them by name.
    private static readonly (string Number, string First, string Phone)[] Callees =
    [
        ("7101", "Hanna", "070-111 11 01"),
        ("7102", "Ivar", "070-111 11 02"),
        ("7103", "Jenny", "070-111 11 03"),
    ];

    [Fact]
    public async Task A_caller_walks_a_whole_call_session_on_a_phone_and_every_note_is_kept()
    {
        using var api = app.Server.CreateApiClient(await app.Server.CreateToken(BrowserFixture.Coordinator));
        foreach (var (number, first, phone) in Callees)
            (await api.PostAsJsonAsync("api/associations/sundbyberg/members", new
            {
                memberNumber = number, firstName = first, lastName = "Ringström", phone, joinedOn = new DateOnly(2025, 4, 1),
            })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("api/associations/sundbyberg/calls", new
        {
            title = "Ringning inför höstmötet", instructions = "Bjud in till höstmötet.", filter = new { q = "Ringström" },
        })).EnsureSuccessStatusCode();

        var page = await app.SignedIn(BrowserFixture.Coordinator, width: 390, height: 844);
        await page.GotoAsync("/a/sundbyberg/calls");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ringning inför höstmötet" }).ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Ringning inför höstmötet");
        await BrowserFixture.Screenshot(page, "calls-session-start-390");
        await page.GetByRole(AriaRole.Button, new() { Name = "Börja ringa" }).ClickAsync();

        var called = new List<string>();
        var outcomes = new[] { ("Nådd", "Kommer på höstmötet"), ("Inget svar", "Ring igen efter jobbet"), ("Nådd", "Vill bli aktiv i valrörelsen") };
        foreach (var (outcome, note) in outcomes)
        {
            var name = (await page.Locator("main section h2").TextContentAsync())!.Trim();
            name.ShouldEndWith("Ringström");
            called.ShouldNotContain(name, "the same person came twice in one session");
            called.Add(name);
            await Expect(page.Locator("main a[href^='tel:']")).ToBeVisibleAsync();
            await page.GetByLabel("Hur gick det?").SelectOptionAsync(new SelectOptionValue { Label = outcome });
            await page.GetByLabel("Anteckning").FillAsync(note);
            if (note.Contains("aktiv")) await page.GetByLabel("Behöver kontakt med en funktionär").CheckAsync();
            if (called.Count == 1) await BrowserFixture.Screenshot(page, "calls-session-person-390");
            var response = await page.RunAndWaitForNavigationAsync(() =>
                page.GetByRole(AriaRole.Button, new() { Name = "Spara och ta nästa" }).ClickAsync());
            response!.Status.ShouldBe(200);
            await Expect(page.Locator("main [role=status]")).ToHaveTextAsync("Sparat.");
            (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the page scrolls sideways");
        }

        await Expect(page.Locator("main p.empty")).ToContainTextAsync("Ingen att ringa just nu");
        await Expect(page.Locator("main p.muted").First).ToContainTextAsync("Nådda 2 · försökta 3 · kvar 1");
        await BrowserFixture.Screenshot(page, "calls-session-done-390");

        // The notes are stored: the flagged call waits for an officer with its note.
        await page.GotoAsync("/a/sundbyberg/calls/needs-officer");
        await Expect(page.Locator("main")).ToContainTextAsync("Vill bli aktiv i valrörelsen");
    }

    [Fact]
    public async Task Opening_a_call_page_claims_nobody_until_the_caller_asks_for_a_person()
    {
        using var api = app.Server.CreateApiClient(await app.Server.CreateToken(BrowserFixture.Coordinator));
        (await api.PostAsJsonAsync("api/associations/sundbyberg/members", new
        {
            memberNumber = "7111", firstName = "Klara", lastName = "Tittarsson", phone = "070-111 11 11", joinedOn = new DateOnly(2025, 4, 1),
        })).EnsureSuccessStatusCode();
        var assignment = await (await api.PostAsJsonAsync("api/associations/sundbyberg/calls", new { title = "Bara titta", filter = new { q = "Tittarsson" } }))
            .Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var id = assignment.GetProperty("id").GetGuid();

        var page = await app.SignedIn(BrowserFixture.Coordinator, width: 390, height: 844);
        await page.GotoAsync($"/a/sundbyberg/calls/{id}");
        await page.GotoAsync($"/a/sundbyberg/calls/{id}");

        // Another caller still gets Klara: looking at the page held nobody.
        var other = await (await api.PostAsync($"api/associations/sundbyberg/calls/{id}/next", null)).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        other.GetRawText().ShouldContain("Klara");
        await Expect(page.Locator("main h2")).ToHaveCountAsync(0);
    }
}
