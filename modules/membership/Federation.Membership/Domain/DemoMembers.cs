using Bogus;
using Federation.Platform.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Membership.Domain;

/// <summary>Generated members for the demo district: Swedish names, join dates over the last decade, some this year.</summary>
internal static class DemoMembers
{
    public static async Task Seed(DemoSeed seed, CancellationToken cancellationToken)
    {
        var register = seed.Services.GetRequiredService<MemberRegister>();
        var count = seed.Association.IsDistrict ? 0 : seed.Association.Plugins.Count > 0 ? 240 : 90;
        var faker = new Faker("sv") { Random = new Randomizer(seed.RandomSeed) };
        var prefix = seed.Association.Id.Sum(c => c) % 90 + 10; // stable across runs, unlike GetHashCode
        for (var i = 0; i < count; i++)
        {
            var first = faker.Name.FirstName();
            var last = faker.Name.LastName();
            var joined = i % 12 == 0
                ? seed.Today.AddDays(-faker.Random.Int(0, 60))
                : seed.Today.AddDays(-faker.Random.Int(60, 3650));
            await register.Add(new NewMember($"{prefix}{i:D5}", first, last,
                faker.Internet.Email(first, last, "exempel.se").ToLowerInvariant(), joined), cancellationToken);
        }
    }
}
