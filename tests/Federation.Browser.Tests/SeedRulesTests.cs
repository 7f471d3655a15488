using System.Net.Http.Json;
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
        var board = await app.SignedIn(BrowserFixture.SolnaBoard, width: Phone, height: 844);
        await TagAndSeeOnTheYearWheel(board, "solna", "social", "Sommarhelg på kursgården", "Medlemsdagar i Syninge", "syninge");
        await BrowserFixture.Screenshot(board, "syninge-year-wheel-390");
        await board.Context.CloseAsync();
    }

    [Fact]
    public async Task Alvsjo_hagerstens_board_tags_the_member_meeting_where_the_delegates_report_back()
    {
        const string account = "styrelse@alvsjo-hagersten.test";
        await app.Server.AddAccount(account, "Styrelse Älvsjö-Hägersten", "alvsjo-hagersten", "board", BrowserFixture.Password);
        var board = await app.SignedIn(account, width: Phone, height: 844);
        await TagAndSeeOnTheYearWheel(board, "alvsjo-hagersten", "member-meeting", "Medlemsmöte i mars", "Ombudens återrapport från Representantskapet", "ombud-medlemsmote");
        await board.Context.CloseAsync();
    }

    /// <summary>Creates next year's activity with a tag of the plan on the form and finds it meeting its point on the year wheel.</summary>
    private static async Task TagAndSeeOnTheYearWheel(IPage board, string association, string type, string title, string tag, string point)
    {
        var year = DateTime.UtcNow.Year + 1;
        await board.GotoAsync($"/a/{association}/activities/new");
        await board.GetByLabel("Typ").SelectOptionAsync(type);
        await board.GetByLabel("Rubrik").FillAsync(title);
        await board.GetByLabel("Början (svensk tid)").FillAsync($"{year}-06-12T10:00");
        await board.GetByLabel("Slut (svensk tid)").FillAsync($"{year}-06-12T15:00");
        await board.GetByLabel("Hållpunkt i verksamhetsplanen").SelectOptionAsync(new SelectOptionValue { Label = tag });
        await board.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Expect(board.Locator("h1")).ToHaveTextAsync(title);
        await Expect(board.Locator("dl")).ToContainTextAsync(tag);

        await board.GotoAsync($"/a/{association}/activities/year-wheel?year={year}");
        var row = board.Locator($"tr[data-expected={point}]");
        await Expect(row).ToContainTextAsync("Planerad");
        await Expect(row).ToContainTextAsync(title);
        (await BrowserFixture.Width(board)).ShouldBeLessThanOrEqualTo(Phone);
    }

    [Fact]
    public async Task A_board_books_a_new_officials_introduction_talk_and_marks_it_held()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var account = await NewOfficial("intro", "7101", "Ingrid", "Introsson", today.AddDays(-10));

        var board = await app.SignedIn(account, width: Phone, height: 844);
        await board.GotoAsync($"/a/{Association}/board/introductions");
        var row = board.Locator("table.introductions tr", new() { HasText = "Ingrid Introsson" });
        await Expect(row).ToContainTextAsync("Inte bokat");
        var book = board.Locator("form", new() { Has = board.GetByRole(AriaRole.Button, new() { Name = "Boka samtalet" }) });
        await book.GetByLabel("Förtroendevald").SelectOptionAsync(new SelectOptionValue { Label = "Ingrid Introsson" });
        await book.GetByLabel("Dag").FillAsync(today.ToString("yyyy-MM-dd"));
        await book.GetByLabel("Gruppledare som håller samtalet").FillAsync("Gruppledaren");
        await book.GetByRole(AriaRole.Button, new() { Name = "Boka samtalet" }).ClickAsync();
        await Expect(board.Locator("p[role=status]")).ToHaveTextAsync($"Samtalet är bokat {today:yyyy-MM-dd} med Gruppledaren.");
        await Expect(row).ToContainTextAsync($"Bokat {today:yyyy-MM-dd} med Gruppledaren");

        var held = board.Locator("form", new() { Has = board.GetByRole(AriaRole.Button, new() { Name = "Markera som hållet" }) });
        await held.GetByLabel("Förtroendevald").SelectOptionAsync(new SelectOptionValue { Label = "Ingrid Introsson" });
        await held.GetByRole(AriaRole.Button, new() { Name = "Markera som hållet" }).ClickAsync();
        await Expect(board.Locator("p[role=status]")).ToHaveTextAsync($"Samtalet är markerat som hållet {today:yyyy-MM-dd}.");
        await Expect(row).ToContainTextAsync($"Hållet {today:yyyy-MM-dd} med Gruppledaren");
        (await BrowserFixture.Width(board)).ShouldBeLessThanOrEqualTo(Phone);
        await BrowserFixture.Screenshot(board, "introduction-talks-390");
        await board.Context.CloseAsync();
    }

    [Fact]
    public async Task An_association_asks_the_district_for_a_mentor_and_the_district_records_the_one_it_found()
    {
        var account = await NewOfficial("mentor", "7102", "Maja", "Mentorsdotter", DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-1));

        var board = await app.SignedIn(account, width: Phone, height: 844);
        await board.GotoAsync($"/a/{Association}/board/mentors");
        await board.GetByLabel("Förtroendevald").SelectOptionAsync(new SelectOptionValue { Label = "Maja Mentorsdotter" });
        await board.GetByLabel("Vilket stöd önskas?").FillAsync("Ny ordförande i nämnden, vill ha stöd av någon som lett en nämnd");
        await board.GetByRole(AriaRole.Button, new() { Name = "Skicka förfrågan" }).ClickAsync();
        await Expect(board.Locator("p[role=status]")).ToHaveTextAsync("Förfrågan om en mentor för Maja Mentorsdotter är skickad till distriktet.");
        await Expect(board.Locator("ul.mentors li", new() { HasText = "Maja Mentorsdotter" })).ToContainTextAsync("Väntar på att distriktet hittar en mentor");
        (await BrowserFixture.Width(board)).ShouldBeLessThanOrEqualTo(Phone);

        var admin = await app.SignedIn(BrowserFixture.DistrictAdmin, width: Phone, height: 844);
        await admin.GotoAsync("/a/storstockholm/board/mentors");
        var request = admin.Locator("ul.mentors li", new() { HasText = "Maja Mentorsdotter" });
        await Expect(request).ToContainTextAsync("Vänsterpartiet Älvsjö-Hägersten");
        await request.GetByLabel("Mentor (namn och hur hen nås)").FillAsync("Eva Ek, tidigare nämndordförande i Nacka");
        await request.GetByRole(AriaRole.Button, new() { Name = "Mentor hittad för Maja Mentorsdotter" }).ClickAsync();
        await Expect(admin.Locator("p[role=status]")).ToHaveTextAsync("Maja Mentorsdotter har fått en mentor: Eva Ek, tidigare nämndordförande i Nacka.");
        (await BrowserFixture.Width(admin)).ShouldBeLessThanOrEqualTo(Phone);
        await BrowserFixture.Screenshot(admin, "mentors-district-390");

        await board.GotoAsync($"/a/{Association}/board/mentors");
        await Expect(board.Locator("ul.mentors li", new() { HasText = "Maja Mentorsdotter" })).ToContainTextAsync("Mentor: Eva Ek");
        await admin.Context.CloseAsync();
        await board.Context.CloseAsync();
    }

    [Fact]
    public async Task A_member_joins_the_districts_activist_network_on_a_phone_and_the_district_sees_them()
    {
        var member = await app.SignedIn(BrowserFixture.SolnaMember, width: Phone, height: 844);
        await member.GotoAsync("/a/solna/activities/activists");
        await member.GetByRole(AriaRole.Button, new() { Name = "Gå med i nätverket" }).ClickAsync();
        await Expect(member.Locator("[role=alert]")).ToContainTextAsync("Välj minst en sorts aktion du kan hjälpa till med.");
        await member.GetByLabel("Dörrknackning").CheckAsync();
        await member.GetByLabel("Var i distriktet (valfritt)").FillAsync("Solna och Sundbyberg");
        await member.GetByRole(AriaRole.Button, new() { Name = "Gå med i nätverket" }).ClickAsync();
        await Expect(member.Locator("p[role=status]")).ToHaveTextAsync("Välkommen i aktivistnätverket! Distriktet hör av sig när det behövs folk.");
        await Expect(member.Locator("main h2").First).ToContainTextAsync("Du är med sedan");
        (await BrowserFixture.Width(member)).ShouldBeLessThanOrEqualTo(Phone);

        var admin = await app.SignedIn(BrowserFixture.DistrictAdmin, width: Phone, height: 844);
        await admin.GotoAsync("/a/storstockholm/activities/activists");
        var row = admin.Locator("table.activists tr", new() { HasText = "Medlem Solna" });
        await Expect(row).ToContainTextAsync("Dörrknackning");
        await Expect(row).ToContainTextAsync("Solna och Sundbyberg");
        (await BrowserFixture.Width(admin)).ShouldBeLessThanOrEqualTo(Phone);
        await BrowserFixture.Screenshot(admin, "activist-network-district-390");
        await admin.Context.CloseAsync();
        await member.Context.CloseAsync();
    }

    [Fact]
    public async Task A_board_creates_its_municipal_group_adds_an_official_enters_the_rules_and_marks_them_informed()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var account = await NewOfficial("kfgrupp", "7103", "Karin", "Kommunsson", today.AddYears(-1));

        var board = await app.SignedIn(account, width: Phone, height: 844);
        await board.GotoAsync($"/a/{Association}/board/municipal-groups");
        await board.GetByRole(AriaRole.Button, new() { Name = "Skapa gruppen" }).ClickAsync();
        await Expect(board.Locator("[role=alert]")).ToContainTextAsync("Ge gruppen ett namn");
        await board.GetByLabel("Gruppens namn").FillAsync("Stadsdelsgruppen i Hägersten-Älvsjö");
        await board.GetByRole(AriaRole.Button, new() { Name = "Skapa gruppen" }).ClickAsync();
        await Expect(board.Locator("p[role=status]")).ToContainTextAsync("Gruppen ”Stadsdelsgruppen i Hägersten-Älvsjö” är skapad.");

        var group = board.Locator("section.municipal-group", new() { HasText = "Stadsdelsgruppen i Hägersten-Älvsjö" });
        var add = group.Locator("form", new() { Has = board.GetByRole(AriaRole.Button, new() { Name = "Lägg till i gruppen" }) });
        await add.GetByLabel("Förtroendevald").SelectOptionAsync(new SelectOptionValue { Label = "Karin Kommunsson" });
        await add.GetByRole(AriaRole.Button, new() { Name = "Lägg till i gruppen" }).ClickAsync();
        await Expect(board.Locator("p[role=status]")).ToHaveTextAsync("Karin Kommunsson är med i gruppen.");
        await Expect(group.Locator("table.group-members")).ToContainTextAsync("Karin Kommunsson");

        await group.GetByText("Lägg in arbetsordningen").ClickAsync();
        await group.GetByLabel("Text").FillAsync("Gruppmöte varannan måndag; mötesordförande roterar.");
        await group.GetByRole(AriaRole.Button, new() { Name = "Spara arbetsordningen" }).ClickAsync();
        await Expect(board.Locator("p[role=status]")).ToContainTextAsync($"Arbetsordningen är sparad, ändrad {today:yyyy-MM-dd}.");

        var karin = group.Locator("table.briefings tr", new() { HasText = "Karin Kommunsson" });
        await Expect(karin).ToContainTextAsync("Inte informerad");
        var informed = group.Locator("form", new() { Has = board.GetByRole(AriaRole.Button, new() { Name = "Markera som informerad" }) });
        await informed.GetByLabel("Förtroendevald").SelectOptionAsync(new SelectOptionValue { Label = "Karin Kommunsson" });
        await informed.GetByRole(AriaRole.Button, new() { Name = "Markera som informerad" }).ClickAsync();
        await Expect(board.Locator("p[role=status]")).ToHaveTextAsync($"Karin Kommunsson är markerad som informerad om arbetsordningen {today:yyyy-MM-dd}.");
        await Expect(karin).ToContainTextAsync($"Ja, {today:yyyy-MM-dd}");
        await Expect(group.Locator("p.informed-share")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"^[1-9]\d* av \d+ förtroendevalda är informerade om nuvarande arbetsordning"));
        (await BrowserFixture.Width(board)).ShouldBeLessThanOrEqualTo(Phone);
        await BrowserFixture.Screenshot(board, "municipal-groups-390");
        await board.Context.CloseAsync();
    }

    /// <summary>
    /// Where the officials of these tests are members: not Solna, whose five members other tests of this shared server
    /// count (the members page, a newsletter's recipients).
    /// </summary>
    private const string Association = "alvsjo-hagersten";

    /// <summary>A member the board has marked as an elected official from <paramref name="from"/>, and a board account of theirs to sign in with.</summary>
    private async Task<string> NewOfficial(string test, string number, string first, string last, DateOnly from)
    {
        var account = $"{test}@{Association}.test";
        await app.Server.AddAccount(account, $"Styrelse {test}", Association, "admin", BrowserFixture.Password);
        using var api = app.Server.CreateApiClient(await app.Server.CreateToken(account));
        var response = await api.PostAsJsonAsync($"api/associations/{Association}/members",
            new { memberNumber = number, firstName = first, lastName = last, email = $"m{number}@exempel.se", joinedOn = from.AddYears(-1) });
        response.EnsureSuccessStatusCode();
        var memberId = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        (await api.PostAsJsonAsync($"api/associations/{Association}/board/elected-officials", new { memberId, from })).EnsureSuccessStatusCode();
        return account;
    }
}
