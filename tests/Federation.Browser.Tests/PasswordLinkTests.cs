using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace Federation.Browser.Tests;

/// <summary>Issue 14: an admin invites a person, who chooses a password from the mailed link and signs in; later resets a forgotten one.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PasswordLinkTests(BrowserFixture app)
{
    [Fact]
    public async Task An_invited_person_accepts_signs_in_and_later_resets_a_forgotten_password()
    {
        const string email = "vera.inbjuden@exempel.se";
        var admin = await app.SignedIn(BrowserFixture.DistrictAdmin);
        await admin.GotoAsync("/a/solna/accounts");
        await admin.GetByLabel("Namn", new() { Exact = true }).FillAsync("Vera Inbjuden");
        await admin.GetByLabel("E-post", new() { Exact = true }).FillAsync(email);
        await admin.Locator("select[name=Role]").SelectOptionAsync("board");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Bjud in" }).ClickAsync();
        await Expect(admin.Locator("p[role=status]")).ToHaveTextAsync($"Ett mejl med länken har skickats till {email}.");
        await Expect(admin.Locator("tr", new() { HasText = email })).ToContainTextAsync("Styrelse");

        var vera = await app.NewPage();
        await vera.GotoAsync(await LinkMailedTo(email, "Inbjudan till"));
        await Expect(vera.Locator("h1")).ToHaveTextAsync("Välkommen – välj ditt lösenord");
        await vera.GetByLabel("Nytt lösenord").FillAsync("veras första lösenord");
        await vera.GetByRole(AriaRole.Button, new() { Name = "Spara lösenordet" }).ClickAsync();
        await Expect(vera.Locator("p[role=status]")).ToContainTextAsync("Lösenordet är sparat.");
        await BrowserFixture.SignIn(vera, email, "veras första lösenord");
        await Expect(vera.Locator("header .who")).ToBeVisibleAsync();
        await vera.Context.CloseAsync();

        // She forgets it: the sign-in page leads to a reset by mail.
        var again = await app.NewPage();
        await again.GotoAsync("/signin");
        await again.GetByRole(AriaRole.Link, new() { Name = "Glömt lösenordet?" }).ClickAsync();
        await again.GetByLabel("E-post").FillAsync(email);
        await again.GetByRole(AriaRole.Button, new() { Name = "Skicka länken" }).ClickAsync();
        await Expect(again.Locator("p[role=status]")).ToContainTextAsync("Om adressen har ett konto har vi skickat en länk dit.");
        var reset = await LinkMailedTo(email, "Återställ ditt lösenord");
        await again.GotoAsync(reset);
        await again.GetByLabel("Nytt lösenord").FillAsync("veras andra lösenord");
        await again.GetByRole(AriaRole.Button, new() { Name = "Spara lösenordet" }).ClickAsync();
        await Expect(again.Locator("p[role=status]")).ToContainTextAsync("Lösenordet är sparat.");
        await again.GotoAsync(reset);
        await Expect(again.Locator("p[role=alert]")).ToContainTextAsync("Länken gäller inte längre");
        await BrowserFixture.SignIn(again, email, "veras andra lösenord");
        await Expect(again.Locator("header .who")).ToBeVisibleAsync();
        await again.Context.CloseAsync();
        await admin.Context.CloseAsync();
    }

    /// <summary>The password link in the newest mail to <paramref name="to"/> whose subject starts so, waiting for it to arrive.</summary>
    private async Task<string> LinkMailedTo(string to, string subject)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var mail = app.Smtp.Files().Select(f => MimeMessage.Load(f))
                .Where(m => m.To.Mailboxes.Any(a => a.Address == to) && m.Subject.StartsWith(subject, StringComparison.Ordinal))
                .OrderByDescending(m => m.Date).FirstOrDefault();
            if (mail is not null) return new Uri(Link().Match(mail.TextBody).Value).PathAndQuery;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"No mail '{subject}…' to {to} arrived.");
            await Task.Delay(100);
        }
    }

    [GeneratedRegex(@"http://[^\s""<]+/password/[A-Za-z0-9_-]+")]
    private static partial Regex Link();
}
