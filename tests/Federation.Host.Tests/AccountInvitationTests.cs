using System.Text.RegularExpressions;
using Federation.Host.Accounts;
using Federation.Host.Storage;
using MimeKit;

namespace Federation.Host.Tests;

/// <summary>Issue 14: the association's admin invites people and ends roles; a forgotten password is reset by a mailed link that works once.</summary>
public sealed partial class AccountInvitationTests
{
    private static async Task<TestHost> Start(SmtpSink? smtp) => await TestHost.Start(b =>
    {
        if (smtp is null) return;
        b.Configuration["Communications:Smtp:Host"] = "127.0.0.1";
        b.Configuration["Communications:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        b.Configuration["Communications:Smtp:Security"] = "none";
        b.Configuration["Communications:Smtp:From"] = "Vänsterpartiet <konton@solna.test>";
    });

    private static string LinkIn(string mailFile)
    {
        var message = MimeMessage.Load(mailFile);
        return new Uri(PasswordLink().Match(message.TextBody).Value).PathAndQuery;
    }

    private static async Task<Account?> SignsIn(TestHost host, string email, string password)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AccountService>().VerifyPassword(email, password);
    }

    [Fact]
    public async Task An_invitation_is_mailed_its_link_sets_the_password_once_and_the_person_signs_in_with_the_role()
    {
        await using var smtp = await SmtpSink.Start();
        await using var host = await Start(smtp);
        var admin = host.Client(await host.TokenFor("ordforande@solna.test", "solna", "admin"));

        var sent = await admin.Post("/a/solna/accounts", "invite", new() { ["Name"] = "Nora Ny", ["Email"] = "nora@exempel.se", ["Role"] = "board" });
        sent.ShouldContain("Ett mejl med länken har skickats till nora@exempel.se.");
        sent.ShouldContain("inbjuden, inte valt ännu");
        var mail = MimeMessage.Load((await smtp.WaitFor(1)).Single());
        mail.To.Mailboxes.Single().Address.ShouldBe("nora@exempel.se");
        mail.Subject.ShouldBe("Inbjudan till Vänsterpartiet Solna");
        var link = LinkIn(smtp.Files().Single());

        var anonymous = host.Client();
        (await anonymous.Page(link)).ShouldContain("Välkommen – välj ditt lösenord");
        (await anonymous.Post(link, "password", new() { ["Password"] = "rött lingon i snön" })).ShouldContain("Lösenordet är sparat.");
        var account = (await SignsIn(host, "nora@exempel.se", "rött lingon i snön")).ShouldNotBeNull();
        account.Roles.Select(r => (r.Scope, r.Role)).ShouldBe([("solna", "board")]);

        var again = await anonymous.GetAsync(link);
        again.StatusCode.ShouldBe(HttpStatusCode.Gone, "a link works once");
        (await again.Content.ReadAsStringAsync()).ShouldContain("Länken gäller inte längre");
        (await anonymous.GetAsync(link[..^4] + "AAAA")).StatusCode.ShouldBe(HttpStatusCode.Gone, "a changed link is not genuine");
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_by_a_mailed_link_and_an_unknown_address_gets_the_same_answer()
    {
        await using var smtp = await SmtpSink.Start();
        await using var host = await Start(smtp);
        await host.TokenFor("glomsk@solna.test", "solna", "member");
        var anonymous = host.Client();

        var unknown = await anonymous.Post("/password/forgotten", "forgotten", new() { ["Email"] = "ingen@solna.test" });
        var known = await anonymous.Post("/password/forgotten", "forgotten", new() { ["Email"] = "glomsk@solna.test" });
        known.ShouldContain("Om adressen har ett konto har vi skickat en länk dit.");
        Regex.Replace(unknown, "value=\"[^\"]*\"", "").ShouldBe(Regex.Replace(known, "value=\"[^\"]*\"", ""));
        var mails = await smtp.WaitFor(1);
        await Task.Delay(500);
        smtp.Files().Count.ShouldBe(1, "nothing is sent to an address without an account");
        MimeMessage.Load(mails[0]).To.Mailboxes.Single().Address.ShouldBe("glomsk@solna.test");

        var link = LinkIn(mails[0]);
        (await anonymous.Page(link)).ShouldContain("Välj ett nytt lösenord");
        (await anonymous.Post(link, "password", new() { ["Password"] = "nytt och långt lösen" })).ShouldContain("Lösenordet är sparat.");
        (await SignsIn(host, "glomsk@solna.test", "nytt och långt lösen")).ShouldNotBeNull();
        (await SignsIn(host, "glomsk@solna.test", TestHost.Password)).ShouldBeNull();
        (await anonymous.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.Gone);
    }

    [Fact]
    public async Task Without_a_mail_server_the_admin_hands_over_the_link_and_ending_a_role_takes_effect_at_once()
    {
        await using var host = await Start(smtp: null);
        var admin = host.Client(await host.TokenFor("ordforande@solna.test", "solna", "admin"));

        var page = await admin.Post("/a/solna/accounts", "invite", new() { ["Name"] = "Olle Ombud", ["Email"] = "olle@exempel.se", ["Role"] = "officer" });
        page.ShouldContain("Ingen e-postserver är inställd");
        var link = new Uri(PasswordLink().Match(page).Value).PathAndQuery;
        (await host.Client().Post(link, "password", new() { ["Password"] = "ett hemligt lösen nu" })).ShouldContain("Lösenordet är sparat.");
        (await host.Client().Page("/password/forgotten")).ShouldContain("Den här servern kan inte skicka e-post.");

        var olle = (await SignsIn(host, "olle@exempel.se", "ett hemligt lösen nu"))!;
        var officer = host.Client(await host.TokenFor("olle@exempel.se", "solna", "officer"));
        (await officer.GetAsync("/a/solna/members")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync("/a/solna/accounts")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer.GetAsync("/a/solna/accounts")).StatusCode.ShouldNotBe(HttpStatusCode.OK, "only the admin manages accounts");

        var ended = await admin.Post("/a/solna/accounts", $"account-{olle.Id}-officer", new() { ["Account"] = olle.Id.ToString(), ["Role"] = "officer", ["do"] = "end" });
        ended.ShouldContain("Rollen Funktionär för Olle Ombud är avslutad.");
        ended.ShouldNotContain("olle@exempel.se");
        (await officer.GetAsync("/a/solna/members")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [GeneratedRegex(@"http://[^\s""<]+/password/[A-Za-z0-9_-]+")]
    private static partial Regex PasswordLink();
}
