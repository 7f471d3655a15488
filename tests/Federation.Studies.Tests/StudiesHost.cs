using System.Text.Json;
using Federation.Platform.Tenancy;
using Federation.Studies.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Federation.Studies.Tests;

/// <summary>A test host with a settable clock, accounts per role and members added through the register's API.</summary>
internal sealed class StudiesHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start2026 = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private StudiesHost(TestHost host, ManualClock clock)
    {
        Host = host;
        Clock = clock;
    }

    public TestHost Host { get; }
    public ManualClock Clock { get; }

    public static async Task<StudiesHost> Start(DateTimeOffset? now = null)
    {
        var clock = new ManualClock(now ?? Start2026);
        // The host registers the system clock after the configure callback; swap it in the final collection.
        var host = await TestHost.Start(b => b.Host.UseServiceProviderFactory(new ClockOverride(clock)));
        return new StudiesHost(host, clock);
    }

    /// <summary>An organiser (officer) of an association, or of the district ("storstockholm").</summary>
    public async Task<HttpClient> Organiser(string association) =>
        Host.Client(await Host.TokenFor($"kurs@{association}.test", association, "officer"));

    /// <summary>A member of <paramref name="association"/> in the register, with an account linked to them.</summary>
    public async Task<(HttpClient Client, Guid MemberId)> Member(string association, string number, string last = "Andersson")
    {
        var admin = Host.Client(await Host.TokenFor($"admin@{association}.test", association, "admin"));
        var id = await AddMember(admin, association, number, last);
        var client = Host.Client(await Host.TokenFor($"{number}@exempel.se", association, "member"));
        await Host.Link($"{number}@exempel.se", association, id);
        return (client, id);
    }

    public async Task<Guid> AddMember(HttpClient admin, string association, string number, string last = "Andersson")
    {
        var response = await admin.AddMember(association, number, last);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public Task Publish(IIntegrationEvent message) => Host.Publish(message);

    public async Task<T> In<T>(string association, Func<StudiesDbContext, Task<T>> query)
    {
        using var scope = Host.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<AssociationContext>()
            .Enter(scope.ServiceProvider.GetRequiredService<IAssociationDirectory>().Find(association)!);
        return await query(scope.ServiceProvider.GetRequiredService<StudiesDbContext>());
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
