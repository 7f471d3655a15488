using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Federation.Browser.Tests;

/// <summary>Issue 14, the district's tools on a phone: modules per association from /admin, and the activity fund from application to decision.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DistrictToolsTests(BrowserFixture app)
{
    private const int Phone = 390;

    [Fact]
    public async Task The_district_admin_turns_the_board_module_on_for_skarholmen_and_its_menu_and_pages_follow_at_once()
    {
        const string board = "styrelse@skarholmen.test";
        await app.Server.AddAccount(board, "Styrelse Skärholmen", "skarholmen", "board", BrowserFixture.Password);
        var member = await app.SignedIn(board, width: Phone, height: 844);
        await member.GotoAsync("/a/skarholmen");
        await Expect(member.Locator("nav.menu a[href='/a/skarholmen/board']")).ToHaveCountAsync(0);

        var admin = await app.SignedIn(BrowserFixture.DistrictAdmin, width: Phone, height: 844);
        await Save(admin, "Styrelsearbete", on: true);
        await Expect(admin.Locator("section.modules p[role=status]")).ToContainTextAsync("Vänsterpartiet Skärholmen använder nu:");
        await Expect(admin.Locator("section.modules p[role=status]")).ToContainTextAsync("Styrelsearbete");
        await Expect(Skarholmen(admin)).ToContainTextAsync("Ändrat av Distriktsadministratör");
        (await BrowserFixture.Width(admin)).ShouldBeLessThanOrEqualTo(Phone);
        await BrowserFixture.Screenshot(admin, "admin-modules-390");

        await member.ReloadAsync();
        await Expect(member.Locator("nav.menu a[href='/a/skarholmen/board']")).ToHaveCountAsync(1);
        (await member.GotoAsync("/a/skarholmen/board"))!.Status.ShouldBe(200);

        await Save(admin, "Styrelsearbete", on: false);
        var gone = await member.GotoAsync("/a/skarholmen/board");
        gone!.Status.ShouldBe(404);
        await member.GotoAsync("/a/skarholmen");
        await Expect(member.Locator("nav.menu a[href='/a/skarholmen/board']")).ToHaveCountAsync(0);
        await admin.Context.CloseAsync();
        await member.Context.CloseAsync();
    }

    private static ILocator Skarholmen(IPage admin) => admin.Locator("section.modules form", new() { Has = admin.Locator("legend", new() { HasText = "Skärholmen" }) });

    private static async Task Save(IPage admin, string module, bool on)
    {
        await admin.GotoAsync("/admin");
        await Skarholmen(admin).GetByLabel(module).SetCheckedAsync(on);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Spara modulerna för Vänsterpartiet Skärholmen" }).ClickAsync();
    }

    [Fact]
    public async Task Solnas_board_applies_to_the_activity_fund_on_a_phone_and_the_district_admin_grants_it()
    {
        var purpose = $"Affischering i Hallonbergen {Guid.NewGuid().ToString()[..6]}";
        var board = await app.SignedIn(BrowserFixture.SolnaBoard, width: Phone, height: 844);
        await board.GotoAsync("/a/solna/activities/fund");
        await board.GetByLabel("Vad ska pengarna användas till?").FillAsync(purpose);
        await board.GetByLabel("Belopp (kr)").FillAsync("8000");
        await board.GetByLabel("Aktiviteten är i ett av föreningens prioriterade områden").CheckAsync();
        await board.GetByLabel("Föreningens ekonomiska och organisatoriska förmåga").SelectOptionAsync("small");
        await board.GetByRole(AriaRole.Button, new() { Name = "Skicka ansökan" }).ClickAsync();
        await Expect(board.Locator("p[role=status]")).ToHaveTextAsync("Ansökan om 8 000 kr är skickad till distriktet.");
        var mine = board.Locator("ul.fund li", new() { HasText = purpose });
        await Expect(mine).ToContainTextAsync("Väntar på beslut");
        (await BrowserFixture.Width(board)).ShouldBeLessThanOrEqualTo(Phone);

        var admin = await app.SignedIn(BrowserFixture.DistrictAdmin, width: Phone, height: 844);
        await admin.GotoAsync("/a/storstockholm/activities/fund");
        var application = admin.Locator("ul.fund li", new() { HasText = purpose });
        await application.GetByLabel("Belopp att bevilja (kr)").FillAsync("6000");
        await application.GetByLabel("Motivering (krävs vid avslag)").FillAsync("Bra, men trycket blir billigare");
        await application.GetByRole(AriaRole.Button, new() { Name = "Bevilja Vänsterpartiet Solnas ansökan" }).ClickAsync();
        await Expect(admin.Locator("p[role=status]")).ToHaveTextAsync("Vänsterpartiet Solna har beviljats 6 000 kr.");
        await Expect(admin.Locator("ul.fund li", new() { HasText = purpose })).ToContainTextAsync("Beviljad: 6 000 kr");
        await Expect(admin.Locator("dl.fund-report")).ToContainTextAsync("Till prioriterade områden");
        (await BrowserFixture.Width(admin)).ShouldBeLessThanOrEqualTo(Phone);
        await BrowserFixture.Screenshot(admin, "fund-district-390");

        await board.GotoAsync("/a/solna/activities/fund");
        await Expect(mine).ToContainTextAsync("Beviljad: 6 000 kr");
        await Expect(mine).ToContainTextAsync("av Distriktsadministratör");
        await Expect(mine).ToContainTextAsync("Bra, men trycket blir billigare");
        await board.Context.CloseAsync();
        await admin.Context.CloseAsync();
    }
}
