using Federation.Host.Accounts;

namespace Federation.Host.Tests;

/// <summary>Issue 14: every role given or ended is stored with whom, which role, who did it and when, and shown on the accounts page.</summary>
public sealed class RoleHistoryTests
{
    [Fact]
    public async Task Giving_and_ending_a_role_on_the_accounts_page_is_recorded_with_who_did_it()
    {
        await using var host = await TestHost.Start();
        var admin = host.Client(await host.TokenFor("ordforande@solna.test", "solna", "admin"));
        await host.TokenFor("kassor@solna.test", "solna", "member");

        (await admin.Post("/a/solna/accounts", "invite", new() { ["Name"] = "", ["Email"] = "kassor@solna.test", ["Role"] = "board" }))
            .ShouldContain("kassor har fått rollen Styrelse.");
        using (var scope = host.Services.CreateScope())
        {
            var kassor = (await scope.ServiceProvider.GetRequiredService<AccountService>().Find("kassor@solna.test"))!;
            (await admin.Post("/a/solna/accounts", $"account-{kassor.Id}-board", new() { ["Account"] = kassor.Id.ToString(), ["Role"] = "board", ["do"] = "end" }))
                .ShouldContain("Rollen Styrelse för kassor är avslutad.");
        }

        using var check = host.Services.CreateScope();
        var history = await check.ServiceProvider.GetRequiredService<AccountService>().RoleHistory("solna");
        history.Select(h => (h.Whom, h.Role, h.Given, h.By)).ShouldBe(
        [
            ("kassor", "board", false, "ordforande"),
            ("kassor", "board", true, "ordforande"),
            ("kassor", "member", true, null),
            ("ordforande", "admin", true, null),
        ]);
        history.ShouldAllBe(h => h.At > DateTime.UtcNow.AddMinutes(-5) && h.At <= DateTime.UtcNow);
        (await check.ServiceProvider.GetRequiredService<AccountService>().RoleHistory("sundbyberg")).ShouldBeEmpty("each association sees its own");

        var page = await admin.Page("/a/solna/accounts");
        var shown = System.Text.RegularExpressions.Regex.Replace(page[page.IndexOf("Historik", StringComparison.Ordinal)..], @">\s+<", "><");
        shown.ShouldContain("rollen Styrelse avslutades</td><td>ordforande");
        shown.ShouldContain("fick rollen Styrelse</td><td>ordforande");
        shown.ShouldContain("fick rollen Medlem</td><td>kommandoraden");
    }
}
