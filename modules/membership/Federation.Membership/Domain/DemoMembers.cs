using Bogus;
using Federation.Membership.Calls;
using Federation.Membership.Onboarding;
using Federation.Membership.Storage;
using Federation.Platform.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Membership.Domain;

/// <summary>
/// Generated members for the demo district: Swedish names and addresses, join dates over the last
/// decade (some this autumn, with onboarding under way), and in associations with a plugin a
/// running call assignment with progress.
/// </summary>
internal static class DemoMembers
{
    private static readonly string[] Genders = ["kvinna", "man", "kvinna", "man", "icke-binär", ""];

    /// <summary>
    /// The demo accounts' addresses (the host's DemoDistrict) belong to the first members, current and paid up, so
    /// each account is linked to a member and can sign up; the board's demo seats them.
    /// </summary>
    private static string[] AccountAddresses(string association) =>
        [$"medlem@{association}.demo", $"ordforande@{association}.demo", $"medlemsansvarig@{association}.demo", $"styrelsen@{association}.demo", "samordnare@sundbyberg.demo"];

    public static async Task Seed(DemoSeed seed, CancellationToken cancellationToken)
    {
        var sp = seed.Services;
        var register = sp.GetRequiredService<MemberRegister>();
        var db = sp.GetRequiredService<MembershipDbContext>();
        sp.GetRequiredService<AccessLog>().ActAs("demo");
        var count = seed.Association.IsDistrict ? 0 : seed.Association.Plugins.Count > 0 ? 240 : 90;
        if (count == 0) return;
        var faker = new Faker("sv") { Random = new Randomizer(seed.RandomSeed) };
        var prefix = seed.Association.Id.Sum(c => c) % 90 + 10; // stable across runs, unlike GetHashCode
        var area = 100 + prefix * 7 % 90; // a plausible Stockholm postal area per association
        var members = new List<Member>();
        for (var i = 0; i < count; i++)
        {
            var first = faker.Name.FirstName();
            var last = faker.Name.LastName();
            var joined = i % 12 == 0
                ? seed.Today.AddDays(-faker.Random.Int(0, 60))
                : seed.Today.AddDays(-faker.Random.Int(60, 3650));
            var nonDigital = i % 25 == 24;
            var account = i < AccountAddresses(seed.Association.Id).Length;
            var email = account ? AccountAddresses(seed.Association.Id)[i] : faker.Internet.Email(first, last, "exempel.se").ToLowerInvariant();
            members.Add(register.Create(new NewMember($"{prefix}{i:D5}", first, last, nonDigital ? null : email, joined,
                Phone: i % 9 == 0 ? null : $"07{faker.Random.Int(0, 9)}{faker.Random.Int(1000000, 9999999)}",
                Street: faker.Address.StreetAddress(), PostalCode: $"{area}{faker.Random.Int(10, 99)}", City: faker.Address.City(),
                BirthYear: faker.Random.Int(1945, 2006), Gender: Genders[i % Genders.Length],
                LeftOn: !account && i % 31 == 5 ? seed.Today.AddDays(-faker.Random.Int(1, 300)) : null,
                PaidUntil: !account && i % 17 == 3 ? seed.Today.AddDays(-faker.Random.Int(1, 200)) : new DateOnly(seed.Today.Year, 12, 31),
                ContactByPost: nonDigital, NonDigital: nonDigital,
                Tags: [.. faker.Random.ListItems(MemberTags.District.ToList(), faker.Random.Int(0, 3))])));
        }
        // Onboarding under way: the checklists are saved with the members, so the MemberJoined
        // handler finds them started; then some first contacts are ticked off.
        var starter = sp.GetRequiredService<OnboardingStarter>(); // registered by the host as the MemberJoined handler
        foreach (var m in members.Where(m => m.JoinedOn > seed.Today.AddDays(-MemberStatuses.NewForDays)))
            starter.AddChecklist(seed.Association.Id, m.Id, m.JoinedOn);
        await db.SaveChangesAsync(cancellationToken);
        var onboarding = sp.GetRequiredService<OnboardingBoard>();
        var (open, _) = await onboarding.Open(false, 1, 200, cancellationToken);
        foreach (var step in open.Where(s => s.StepId == "first-contact").Where((_, i) => i % 2 == 0))
            await onboarding.Tick(step.Id, cancellationToken);

        if (seed.Association.Plugins.Count > 0) await RunningCallAssignment(seed, faker, cancellationToken);
    }

    /// <summary>"Ringa till alla våra medlemmar under året" (Solna 2020): an assignment about a third of the way through.</summary>
    private static async Task RunningCallAssignment(DemoSeed seed, Faker faker, CancellationToken cancellationToken)
    {
        var queue = seed.Services.GetRequiredService<CallQueue>();
        var assignment = await queue.Create(new NewAssignment($"Höstens rundringning {seed.Today.Year}",
            "Fråga hur medlemmen mår, berätta om nästa medlemsmöte och fråga om hen vill vara med och dela flygblad.",
            null, new MemberFilter(), [], 48, MaxAttempts: 3), cancellationToken);
        CallOutcome[] outcomes = [CallOutcome.Reached, CallOutcome.Reached, CallOutcome.Reached, CallOutcome.NoAnswer, CallOutcome.LeftMessage, CallOutcome.Busy, CallOutcome.WrongNumber];
        var caller = $"medlemsansvarig@{seed.Association.Id}.demo";
        for (var i = 0; i < 70; i++)
        {
            if (await queue.Next(assignment.Id, caller, cancellationToken) is not { } target) break;
            var outcome = outcomes[i % outcomes.Length];
            await queue.Log(target.Id, caller, new CallLog(outcome,
                outcome == CallOutcome.Reached && i % 4 == 0 ? faker.PickRandom("Vill gärna dela flygblad.", "Kan inte komma på möten just nu.", "Intresserad av studiecirkel.") : null,
                NeedsOfficer: i % 23 == 0, CallBackAt: null), cancellationToken);
        }
    }
}
