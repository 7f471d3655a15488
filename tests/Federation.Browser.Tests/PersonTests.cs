using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Federation.Browser.Tests;

/// <summary>What a person sees in the browser: signing in, the association pages, members, language, roles.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PersonTests(BrowserFixture app)
{
    private static ILocator Menu(IPage page) => page.Locator("nav.menu");

    [Fact]
    public async Task A_board_member_signs_in_and_lands_on_the_start_page_listing_the_association()
    {
        var page = await app.NewPage();
        await page.GotoAsync("/signin");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "sv");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Logga in");

        await BrowserFixture.SignIn(page, BrowserFixture.SolnaBoard);

        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        await Expect(page.Locator("main")).ToContainTextAsync("Dina föreningar");
        await Expect(page.Locator("main ul.cards a", new() { HasText = "Vänsterpartiet Solna" })).ToBeVisibleAsync();
        await Expect(page.Locator("header .who")).ToHaveTextAsync("Styrelseledamot Solna");
        await BrowserFixture.Screenshot(page, "start-page-signed-in");
    }

    [Fact]
    public async Task A_wrong_password_shows_an_error_and_keeps_the_person_signed_out()
    {
        var page = await app.NewPage();
        await BrowserFixture.SignIn(page, BrowserFixture.SolnaBoard, "not-the-password");

        await Expect(page.Locator("p.error[role=alert]")).ToHaveTextAsync("Fel e-post eller lösenord.");
        await Expect(page.Locator("header a[href='/signin']")).ToBeVisibleAsync();
        await BrowserFixture.Screenshot(page, "signin-wrong-password");
    }

    [Fact]
    public async Task The_association_page_is_for_the_person_and_the_plugins_rules_are_on_the_admins_local_rules_page()
    {
        var page = await app.SignedIn(BrowserFixture.SolnaBoard);
        await page.GotoAsync("/a/solna");

        await Expect(page.Locator("main h1")).ToHaveTextAsync("Vänsterpartiet Solna");
        await Expect(page.Locator("main h2")).ToHaveTextAsync(["Att göra", "Mina anmälningar", "På gång", "Moduler"]);
        await Expect(page.Locator("main")).Not.ToContainTextAsync("pelare");
        await Expect(Menu(page).GetByRole(AriaRole.Link, new() { Name = "Medlemmar", Exact = true })).ToBeVisibleAsync();
        await Expect(Menu(page).GetByRole(AriaRole.Link, new() { Name = "Studier", Exact = true })).ToBeVisibleAsync();
        await Expect(Menu(page).GetByRole(AriaRole.Link, new() { Name = "Översikt", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(Menu(page).GetByRole(AriaRole.Link, new() { Name = "Lokala regler" })).ToHaveCountAsync(0);
        await BrowserFixture.Screenshot(page, "association-solna");

        // Rules from the Solna plugin, for its admin: the 2024 plan's four pillars and the monthly Vänsterpizza;
        // the required board functions come from the plugin too, and say so.
        var admin = await app.SignedIn(BrowserFixture.SolnaAdmin);
        await admin.GotoAsync("/a/solna");
        await Menu(admin).GetByRole(AriaRole.Link, new() { Name = "Lokala regler" }).ClickAsync();
        await Expect(admin.Locator("main h1")).ToHaveTextAsync("Lokala regler");
        await Expect(Menu(admin).GetByRole(AriaRole.Link, new() { Name = "Lokala regler" })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(admin.Locator("main p", new() { HasText = "Verksamhetsplan 2024" })).ToContainTextAsync("4 pelare");
        await Expect(admin.Locator("main")).ToContainTextAsync("Vänsterpizza");
        await BrowserFixture.Screenshot(admin, "local-rules-solna");
    }

    [Fact]
    public async Task An_association_without_studies_has_no_studies_menu_and_its_studies_page_is_not_found()
    {
        var page = await app.SignedIn(BrowserFixture.Coordinator);
        await page.GotoAsync("/a/sundbyberg");

        await Expect(page.Locator("main h1")).ToHaveTextAsync("Vänsterpartiet Sundbyberg");
        await Expect(Menu(page).GetByRole(AriaRole.Link, new() { Name = "Medlemmar", Exact = true })).ToBeVisibleAsync();
        await Expect(Menu(page).GetByRole(AriaRole.Link, new() { Name = "Studier", Exact = true })).ToHaveCountAsync(0);

        var response = await page.GotoAsync("/a/sundbyberg/studies");
        response!.Status.ShouldBe(404);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Sidan finns inte");
        await BrowserFixture.Screenshot(page, "sundbyberg-studies-not-found");
    }

    [Fact]
    public async Task The_members_page_lists_members_and_finds_one_by_last_name()
    {
        var page = await app.SignedIn(BrowserFixture.SolnaBoard);
        await page.GotoAsync("/a/solna");
        await Menu(page).GetByRole(AriaRole.Link, new() { Name = "Medlemmar", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/a/solna/members$"));
        var rows = page.Locator("main table tbody tr");
        await Expect(rows).ToHaveCountAsync(BrowserFixture.SolnaMembers.Length);
        await Expect(rows.First).ToContainTextAsync("Astrid Lindgren");
        await BrowserFixture.Screenshot(page, "members-solna");

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Sök", Exact = true }).FillAsync("Wahlström");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sök", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"[?&]q=Wahlstr"));
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("Cecilia Wahlström");
        await Expect(rows.First).ToContainTextAsync("7003");
    }

    [Fact]
    public async Task Pressing_English_switches_the_interface_and_it_stays_English_across_pages()
    {
        var page = await app.SignedIn(BrowserFixture.EnglishReader);
        await page.GotoAsync("/a/solna/members");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Medlemmar");

        await page.GetByRole(AriaRole.Button, new() { Name = "English", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/a/solna/members$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Members");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Svenska", Exact = true })).ToBeVisibleAsync();

        await Menu(page).GetByRole(AriaRole.Link, new() { Name = "Overview", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/a/solna$"));
        await Expect(page.Locator("main h2").Last).ToHaveTextAsync("Modules");
        await Expect(Menu(page).GetByRole(AriaRole.Link, new() { Name = "Members", Exact = true })).ToBeVisibleAsync();
        await page.GotoAsync("/");
        await Expect(page.Locator("main")).ToContainTextAsync("Your associations");
        await BrowserFixture.Screenshot(page, "start-page-english");

        // Remembered with the account: a new session (another device) signs in to English.
        var elsewhere = await app.SignedIn(BrowserFixture.EnglishReader);
        await Expect(elsewhere.Locator("main")).ToContainTextAsync("Your associations");
    }

    [Fact]
    public async Task A_person_with_roles_in_two_associations_can_switch_between_them()
    {
        var page = await app.SignedIn(BrowserFixture.Coordinator);
        await page.GotoAsync("/a/solna");

        var switcher = page.Locator("header details.switcher");
        await Expect(switcher.Locator("summary")).ToHaveTextAsync("Vänsterpartiet Solna");
        await switcher.Locator("summary").ClickAsync();
        await BrowserFixture.Screenshot(page, "association-switcher-open");
        await switcher.GetByRole(AriaRole.Link, new() { Name = "Vänsterpartiet Sundbyberg" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/a/sundbyberg$"));
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Vänsterpartiet Sundbyberg");
        await Expect(switcher.Locator("summary")).ToHaveTextAsync("Vänsterpartiet Sundbyberg");

        // One association only: no switcher, just its name.
        var single = await app.SignedIn(BrowserFixture.SolnaBoard);
        await single.GotoAsync("/a/solna");
        await Expect(single.Locator("header details.switcher")).ToHaveCountAsync(0);
        await Expect(single.Locator("header .association")).ToHaveTextAsync("Vänsterpartiet Solna");
    }

    [Fact]
    public async Task A_member_without_an_officer_role_gets_no_members_link_and_is_refused_the_members_page()
    {
        var page = await app.SignedIn(BrowserFixture.SolnaMember);
        await page.GotoAsync("/a/solna");

        await Expect(page.Locator("main h1")).ToHaveTextAsync("Vänsterpartiet Solna");
        await Expect(Menu(page).GetByRole(AriaRole.Link, new() { Name = "Översikt", Exact = true })).ToBeVisibleAsync();
        await Expect(Menu(page).GetByRole(AriaRole.Link, new() { Name = "Medlemmar", Exact = true })).ToHaveCountAsync(0);
        await BrowserFixture.Screenshot(page, "association-solna-as-member");

        var response = await page.GotoAsync("/a/solna/members");

        response!.Status.ShouldBe(403);
        await Expect(page).ToHaveURLAsync(new Regex("/forbidden"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Ingen behörighet");
        await Expect(page.Locator("main table")).ToHaveCountAsync(0);
        await BrowserFixture.Screenshot(page, "members-refused");
    }
}
