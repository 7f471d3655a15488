using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Federation.Browser.Tests;

/// <summary>Voting at Solna's annual meeting: a voter without an account scans the slip's QR code on a 390 px
/// phone, ranks by tapping, reviews and casts; the chair closes the vote (after confirming) and sees the result
/// on the protocol and the projector.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneVotingTests(BrowserFixture app)
{
    private const string Api = "api/associations/solna/elections";

    [Fact]
    public async Task A_voter_without_an_account_votes_by_tapping_on_a_phone_and_the_chair_closes_the_vote_and_sees_the_result()
    {
        using var api = app.Server.CreateApiClient(await app.Server.CreateToken(BrowserFixture.SolnaBoard));
        var meeting = await Id(api.PostAsJsonAsync($"{Api}/meetings", new { title = "Årsmöte med telefonröstning", heldOn = "2027-03-20" }));
        var election = await Id(api.PostAsJsonAsync($"{Api}/meetings/{meeting}/elections", new { position = "auditors", seats = 1, method = "scottish-stv", genderRule = "none" }));
        foreach (var (name, gender) in new[] { ("Ada Ask", "woman"), ("Bert Bok", "man"), ("Cia Ced", "woman") })
            await Id(api.PostAsJsonAsync($"{Api}/{election}/floor-nominations", new { name, gender, accepted = true }));
        (await api.PostAsJsonAsync($"{Api}/{election}/open", new { mode = "digital" })).EnsureSuccessStatusCode();
        var voter = await Id(api.PostAsJsonAsync($"{Api}/meetings/{meeting}/roll", new { name = "Röstande Telefon", present = true }));
        var codes = await (await api.PostAsJsonAsync($"{Api}/{election}/codes", new { voterIds = new[] { voter } })).Content.ReadFromJsonAsync<JsonElement>();
        var code = codes.GetProperty("codes")[0].GetString()!;

        // The QR code's address: the code after '#' opens the ballot at once.
        var phone = await app.NewPage(width: 390, height: 844);
        await phone.GotoAsync($"/a/solna/rosta#{code}");
        await Expect(phone.Locator("main h1")).ToHaveTextAsync("Revisorer");
        phone.Url.ShouldNotContain(code, customMessage: "the code is dropped from the address bar");
        await Expect(phone.GetByLabel("Plats för Ada Ask")).ToBeHiddenAsync(); // the plain form's selects give way to tapping
        await phone.GetByRole(AriaRole.Button, new() { Name = "Cia Ced" }).ClickAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Ada Ask" }).ClickAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Flytta upp Ada Ask" }).ClickAsync();
        await Expect(phone.Locator("main [aria-live]")).ToHaveTextAsync("Din ordning: 1. Ada Ask, 2. Cia Ced");
        await BrowserFixture.Screenshot(phone, "vote-phone-ranked-390");
        (await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the ballot scrolls sideways");

        await phone.GetByRole(AriaRole.Button, new() { Name = "Granska rösten" }).ClickAsync();
        await Expect(phone.Locator("main ol.review")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Ada Ask\\s*Cia Ced"));
        await phone.GetByRole(AriaRole.Button, new() { Name = "Lägg rösten" }).ClickAsync();
        await Expect(phone.Locator("main [role=status]")).ToContainTextAsync("Din röst är lagd.");

        var chair = await app.SignedIn(BrowserFixture.SolnaBoard, width: 390, height: 844);
        await chair.GotoAsync($"/a/solna/elections/{election}/manage");
        await Expect(chair.Locator("main .cast-count")).ToHaveTextAsync("1");
        var close = chair.GetByRole(AriaRole.Button, new() { Name = "Ja, stäng och räkna" });
        await Expect(close).ToBeHiddenAsync(); // behind the confirmation, which says what happens
        await chair.GetByText("Stäng röstningen och räkna …").ClickAsync();
        await Expect(chair.Locator("main details.confirm").First).ToContainTextAsync("1 lagda röster räknas");
        await close.ClickAsync();
        await Expect(chair.Locator("main")).ToContainTextAsync("STV (skotska regler)");
        await Expect(chair.Locator("main")).ToContainTextAsync("Ada Ask");

        await chair.GotoAsync($"/a/solna/elections/{election}/projector");
        await Expect(chair.Locator("main ol.elected")).ToHaveTextAsync("Ada Ask");
        await BrowserFixture.Screenshot(chair, "vote-projector-result-390");
    }

    private static async Task<Guid> Id(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }
}
