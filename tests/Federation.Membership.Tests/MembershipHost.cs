using Federation.Membership.Domain;
using Federation.Platform.Tenancy;

namespace Federation.Membership.Tests;

/// <summary>A clock the test moves: cool-downs, call-backs and due dates without waiting.</summary>
internal sealed class TestClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}

internal static class MembershipHost
{
    /// <summary>The real host with the membership module's clock under the test's control; optionally the erasure probe module enabled in Solna.</summary>
    public static async Task<(TestHost Host, TestClock Clock)> Start(bool withErasureProbe = false)
    {
        var clock = new TestClock();
        var host = await TestHost.Start(b =>
        {
            b.Services.AddKeyedSingleton<TimeProvider>(MembershipClock.Key, clock);
            if (withErasureProbe) b.Configuration["Associations:0:Modules:6"] = MembershipErasureProbe.ErasureProbeModule.Id; // solna
        });
        return (host, clock);
    }

    /// <summary>Runs work in a new scope entered into one association, as a request or the CLI would.</summary>
    public static async Task<T> In<T>(this TestHost host, string association, Func<IServiceProvider, Task<T>> work)
    {
        using var scope = host.Services.CreateScope();
        var found = scope.ServiceProvider.GetRequiredService<IAssociationDirectory>().Find(association)!;
        scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(found);
        return await work(scope.ServiceProvider);
    }

    public static Task In(this TestHost host, string association, Func<IServiceProvider, Task> work) =>
        host.In(association, async sp => { await work(sp); return 0; });

    public static MemoryStream Csv(string text, bool bom = false) =>
        new([.. bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(text)]);
}
