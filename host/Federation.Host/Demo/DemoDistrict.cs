using Federation.Host.Accounts;
using Federation.Host.Cli;
using Federation.Host.Messaging;
using Federation.Host.Modules;
using Federation.Host.Storage;
using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Federation.Host.Demo;

/// <summary>
/// The demo district: the configured associations with generated members and every module's
/// demo data, plus one account per kind of user. All demo accounts share one password.
/// </summary>
public static class DemoDistrict
{
    public const string Password = "demo-federation";

    public sealed record Summary(int Associations, IReadOnlyList<DemoAccount> Accounts)
    {
        public override string ToString() =>
            $"Demo district ready: {Associations} associations. Sign in with password '{Password}' as:\n" +
            string.Join('\n', Accounts.GroupBy(a => a.Email).Select(g =>
                $"  {g.Key,-34} {string.Join(", ", g.Select(a => $"{a.Role} in {a.Scope}"))}"));
    }

    public sealed record DemoAccount(string Email, string Name, string Scope, string Role);

    public static async Task<Summary> Seed(CliHost host)
    {
        var services = await host.Migrated();
        var summary = await Seed(services);
        await Drain(services);
        return summary;
    }

    /// <summary>For <c>serve --demo</c>: seeds only a database without accounts; the running app delivers the messages.</summary>
    public static async Task SeedIfEmpty(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        if (await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Accounts.AnyAsync()) return;
        var summary = await Seed(app.Services);
        app.Logger.LogInformation("{Summary}", summary.ToString());
    }

    private static async Task<Summary> Seed(IServiceProvider services)
    {
        var directory = services.GetRequiredService<IAssociationDirectory>();
        var catalog = services.GetRequiredService<ModuleCatalog>();
        // Everything is generated relative to today, so the demo shows a living year whenever it is made.
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm")).DateTime);
        using (var scope = services.CreateScope())
        {
            if (await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Accounts.AnyAsync())
                throw new InvalidOperationException("The database already has data; the demo fills only an empty one (use a new --data folder).");
        }
        // The register first: the other modules' demo data refers to its members.
        var modules = catalog.Modules.OrderBy(m => m.Manifest.Id == "membership" ? 0 : 1).ToList();
        foreach (var association in directory.All)
        foreach (var module in modules.Where(m => association.Enables(m.Manifest.Id)))
        {
            using var scope = services.CreateScope();
            scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(association);
            await module.SeedDemo(new DemoSeed(association, scope.ServiceProvider, RandomSeed: 2026, today), CancellationToken.None);
        }

        var district = directory.District.Id;
        DemoAccount[] accounts =
        [
            new("admin@storstockholm.demo", "Distriktsadministratör", AccountRole.DistrictScope, DistrictRole.Admin),
            new("kansli@storstockholm.demo", "Distriktsexpeditionen", AccountRole.DistrictScope, DistrictRole.Office),
            new("ordforande@solna.demo", "Ordförande Solna", "solna", "admin"),
            new("medlemsansvarig@solna.demo", "Medlemsansvarig Solna", "solna", "officer"),
            new("medlem@solna.demo", "Medlem Solna", "solna", "member"),
            new("styrelsen@alvsjo-hagersten.demo", "Styrelsen Älvsjö-Hägersten", "alvsjo-hagersten", "board"),
            new("samordnare@sundbyberg.demo", "Samordnare Solna och Sundbyberg", "sundbyberg", "board"),
            new("samordnare@sundbyberg.demo", "Samordnare Solna och Sundbyberg", "solna", "board"),
        ];
        using (var scope = services.CreateScope())
        {
            var accountService = scope.ServiceProvider.GetRequiredService<AccountService>();
            foreach (var a in accounts)
                await accountService.AddOrGrant(a.Email, a.Name, a.Scope, a.Role, Password);
        }
        foreach (var a in accounts.Where(a => a.Scope != AccountRole.DistrictScope)) await LinkToMember(services, directory.Find(a.Scope)!, a.Email);
        return new Summary(directory.All.Count, accounts.Select(a => a with { Scope = a.Scope == AccountRole.DistrictScope ? district : a.Scope }).ToList());
    }

    /// <summary>The demo register gives each demo account's address to a member (medlem@solna.demo, ordforande@solna.demo); the account is that member.</summary>
    private static async Task LinkToMember(IServiceProvider services, Association association, string email)
    {
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(association);
        if (scope.ServiceProvider.GetService<IMemberDirectory>() is not { } register) return;
        // Searched by the part before the domain: the search splits words at hyphens (alvsjo-hagersten).
        var matches = (await register.Search(email[..(email.IndexOf('@') + 1)], 10)).Where(m => m.Email == email).ToList();
        if (matches.Count == 1) await scope.ServiceProvider.GetRequiredService<IMemberLinks>().Link(email, association.Id, matches[0].MemberId);
    }

    /// <summary>Waits until every consumer has handled what the demo data raised.</summary>
    private static Task Drain(IServiceProvider services) =>
        services.GetRequiredService<MessageQueues>().WaitUntilQuiet(TimeSpan.FromMinutes(2));
}
