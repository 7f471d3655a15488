using Federation.TestSupport;
using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Federation.Browser.Tests;

/// <summary>Studies in the browser: a member signs up for a district course on a phone; an organiser starts a study circle.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StudiesTests(BrowserFixture app)
{
    private const string DistrictOrganiser = "kurser@storstockholm.test";
    private const string Elsa = "m7005@exempel.se"; // Elsa Nyqvist, a Solna member in the fixture's register

    private static async Task NoHorizontalScroll(IPage page) =>
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the page scrolls sideways");

    [Fact]
    public async Task A_member_signs_up_for_a_district_course_on_a_phone()
    {
        await app.Server.AddAccount(DistrictOrganiser, "Kursansvarig distriktet", "storstockholm", "officer", BrowserFixture.Password);
        await app.Server.AddAccount(Elsa, "Elsa Nyqvist", "solna", "member", BrowserFixture.Password);
        await TestHost.Link(app.Server.Services, Elsa, "solna", app.SolnaMemberIds["7005"]);
        using var district = app.Server.CreateApiClient(await app.Server.CreateToken(DistrictOrganiser));
        var course = await (await district.PostAsJsonAsync("api/associations/storstockholm/studies/courses",
            new { title = "Feministiskt självförsvar", kind = "self-defence", audience = "women-and-non-binary", description = "Prova på, för kvinnor och icke-binära." }))
            .Content.ReadFromJsonAsync<IdOnly>();
        var day = DateTime.Today.AddDays(20).AddHours(10);
        (await district.PostAsJsonAsync($"api/associations/storstockholm/studies/courses/{course!.Id}/occasions", new
        {
            place = "ABF-huset, Sveavägen 41", capacity = 12,
            sessions = new[] { new { start = day, end = day.AddHours(4) } },
            lecturers = new[] { new { name = "Lina Ström", gender = "woman", invited = true } },
        })).EnsureSuccessStatusCode();

        var page = await app.SignedIn(Elsa, width: 390, height: 844);
        await page.GotoAsync("/a/solna/studies");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Kurser och studier");
        await NoHorizontalScroll(page);
        await BrowserFixture.Screenshot(page, "studies-catalogue-390");
        await page.Locator("main ul.cards a", new() { HasText = "Feministiskt självförsvar" }).ClickAsync();

        await Expect(page.Locator("main h1")).ToHaveTextAsync("Feministiskt självförsvar");
        await Expect(page.Locator("main dl")).ToContainTextAsync("ABF-huset, Sveavägen 41");
        await Expect(page.Locator("main dl")).ToContainTextAsync("0 av 12 bokade");
        await NoHorizontalScroll(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmäl mig" }).ClickAsync();

        await Expect(page.Locator("main [role=status]")).ToHaveTextAsync("Du är anmäld.");
        await Expect(page.Locator("main p.mine")).ToHaveTextAsync("Du har en plats.");
        await Expect(page.Locator("main dl")).ToContainTextAsync("1 av 12 bokade");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Avanmäl mig" })).ToBeVisibleAsync();
        await NoHorizontalScroll(page);
        await BrowserFixture.Screenshot(page, "studies-occasion-signed-up-390");

        await page.GotoAsync("/a/solna/studies/mine");
        await Expect(page.Locator("main ul.cards")).ToContainTextAsync("Feministiskt självförsvar");
        await NoHorizontalScroll(page);

        var desktop = await app.SignedIn(Elsa, width: 1366, height: 900);
        await desktop.GotoAsync("/a/solna/studies/mine");
        await desktop.Locator("main ul.cards a", new() { HasText = "Feministiskt självförsvar" }).ClickAsync();
        await Expect(desktop.Locator("main p.mine")).ToHaveTextAsync("Du har en plats.");
        await BrowserFixture.Screenshot(desktop, "studies-occasion-signed-up-1366");
    }

    [Fact]
    public async Task An_organiser_starts_a_study_circle_and_sees_what_abf_still_needs()
    {
        foreach (var (width, height) in new[] { (1366, 900), (390, 844) })
        {
            var page = await app.SignedIn(BrowserFixture.SolnaBoard, width: width, height: height);
            await page.GotoAsync("/a/solna/studies/circles");
            await page.Locator("main input[name=title]").FillAsync($"Marx för nybörjare {width}");
            await page.Locator("main input[name=leader]").FillAsync("Astrid Lindgren");
            await page.GetByRole(AriaRole.Button, new() { Name = "Starta cirkeln" }).ClickAsync();

            await Expect(page.Locator("main h1")).ToHaveTextAsync($"Marx för nybörjare {width}");
            await Expect(page.Locator("main section.abf ul.error")).ToContainTextAsync("0 deltagare, minst 3 krävs");
            await page.Locator("main input[name=name]").FillAsync("Björn Öberg");
            await page.Locator("main input[name=birthYear]").FillAsync("1988");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till deltagare" }).ClickAsync();

            await Expect(page.Locator("main [role=status]")).ToHaveTextAsync("Deltagaren är tillagd.");
            await Expect(page.Locator("main section.abf ul.error")).ToContainTextAsync("1 deltagare, minst 3 krävs");
            await Expect(page.Locator("main section.abf ul.error")).ToContainTextAsync("0 studietimmar, minst 9 krävs");
            if (width == 390) await NoHorizontalScroll(page);
            await BrowserFixture.Screenshot(page, $"studies-circle-{width}");
        }
    }

    private sealed record IdOnly(Guid Id);
}
