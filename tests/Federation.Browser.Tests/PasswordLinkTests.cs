using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace Federation.Browser.Tests;

/// <summary>Issue 14: an admin invites a person, who chooses a password from the mailed link and signs in; later resets a forgotten one. On a phone and a desktop; no step is wider than the screen.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PasswordLinkTests(BrowserFixture app)
{
    [Theory]
    [InlineData(390, 844)]
    [InlineData(1200, 800)]
    public async Task An_invited_person_accepts_signs_in_and_later_resets_a_forgotten_password(int width, int height)
    {
        var email = $"vera.inbjuden.{width}@exempel.se";
        var admin = await app.SignedIn(BrowserFixture.DistrictAdmin, width: width, height: height);
        await admin.GotoAsync("/a/solna/accounts");
        await admin.GetByLabel("Namn", new() { Exact = true }).FillAsync($"Vera Inbjuden {width}");
        await admin.GetByLabel("E-post", new() { Exact = true }).FillAsync(email);
        await admin.Locator("select[name=Role]").SelectOptionAsync("board");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Bjud in" }).ClickAsync();
        await Expect(admin.Locator("p[role=status]")).ToHaveTextAsync($"Ett mejl med länken har skickats till {email}.");
        await Expect(admin.Locator("tr", new() { HasText = email })).ToContainTextAsync("Styrelse");
        await Expect(admin.Locator("table.role-history tr", new() { HasText = $"Vera Inbjuden {width}" })).ToContainTextAsync("fick rollen Styrelse");
        await FitsTheScreen(admin, width);

        var vera = await app.NewPage(width, height);
        await vera.GotoAsync(await LinkMailedTo(email, "Inbjudan till"));
        await Expect(vera.Locator("h1")).ToHaveTextAsync("Välkommen – välj ditt lösenord");
        await FitsTheScreen(vera, width);
        await vera.GetByLabel("Nytt lösenord").FillAsync("veras första lösenord");
        await vera.GetByRole(AriaRole.Button, new() { Name = "Spara lösenordet" }).ClickAsync();
        await Expect(vera.Locator("p[role=status]")).ToContainTextAsync("Lösenordet är sparat.");
        await BrowserFixture.SignIn(vera, email, "veras första lösenord");
        await Expect(vera.Locator("header .who")).ToBeVisibleAsync();
        await FitsTheScreen(vera, width);
        await vera.Context.CloseAsync();

        // She forgets it: the sign-in page leads to a reset by mail.
        var again = await app.NewPage(width, height);
        await again.GotoAsync("/signin");
        await FitsTheScreen(again, width);
        await again.GetByRole(AriaRole.Link, new() { Name = "Glömt lösenordet?" }).ClickAsync();
        // The sign-in page has an "E-post" box too: wait until enhanced navigation has put the new page in place.
        await Expect(again.Locator("h1")).ToHaveTextAsync("Glömt lösenordet");
        await again.GetByLabel("E-post").FillAsync(email);
        await again.GetByRole(AriaRole.Button, new() { Name = "Skicka länken" }).ClickAsync();
        await Expect(again.Locator("p[role=status]")).ToContainTextAsync("Om adressen har ett konto har vi skickat en länk dit.");
        await FitsTheScreen(again, width);
        var reset = await LinkMailedTo(email, "Återställ ditt lösenord");
        await again.GotoAsync(reset);
        await FitsTheScreen(again, width);
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

    private static async Task FitsTheScreen(IPage page, int width)
    {
        (await BrowserFixture.Width(page)).ShouldBeLessThanOrEqualTo(width, $"{page.Url} is wider than the screen");
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
