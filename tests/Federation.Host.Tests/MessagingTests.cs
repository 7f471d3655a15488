using Federation.Host.Messaging;
using Federation.Host.Modules;
using Federation.Platform.Modules;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Federation.ProbeModule;
using Microsoft.EntityFrameworkCore;

namespace Federation.Host.Tests;

/// <summary>The outbox survives a crash between commit and delivery; handlers run exactly once; failures end in the dead-letter list.</summary>
public sealed class MessagingTests
{
    private static readonly Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder> WithProbe =
        b => b.Configuration["Associations:0:Modules:6"] = ProbeModule.ProbeModule.Id; // solna

    [Fact]
    public async Task A_host_stopped_between_commit_and_delivery_delivers_every_message_exactly_once_after_restart()
    {
        var data = TestHost.NewDataDirectory();
        try
        {
            // 1. Commit members (and their MemberJoined events) on a host whose bus never runs, then drop it.
            int joined;
            await using (var crashed = await TestHost.Start(WithProbe, data, start: false))
            {
                await SeedSolnaMembers(crashed);
                joined = await Count(crashed, h => h.Outbox.Where(m => m.DeliveredAt == null), "membership");
                joined.ShouldBeGreaterThan(100);
            }

            // 2. Restart: the dispatcher finds the undelivered rows; each consumer handles each message once.
            await using var restarted = await TestHost.Start(WithProbe, data);
            await TestHost.Eventually(async () => await Handled(restarted) == (joined, joined), "both consumers handle every message", timeoutMs: 90_000);

            // 3. A crash after publishing but before marking delivered means a second publish: the inbox absorbs it.
            await ResetDelivered(restarted);
            await restarted.Deliver();
            (await Handled(restarted)).ShouldBe((joined, joined));
            (await Count(restarted, h => h.Inbox, "studies")).ShouldBe(joined);
            (await Count(restarted, h => h.Inbox, ProbeModule.ProbeModule.Id)).ShouldBe(joined);
            await using var scope = restarted.Services.CreateAsyncScope();
            (await scope.ServiceProvider.GetRequiredService<DeadLetters>().Pending()).ShouldBeEmpty();
        }
        finally
        {
            TestHost.TryDelete(data);
        }
    }

    [Fact]
    public async Task A_failing_handler_retries_then_dead_letters_and_can_be_retried()
    {
        FlakyHandler.FailuresLeft = int.MaxValue;
        await using var host = await TestHost.Start(WithProbe);
        var board = await host.TokenFor("styrelse@solna.test", "solna", "board");
        (await host.Client(board).AddMember("solna", "F-1")).StatusCode.ShouldBe(HttpStatusCode.Created);

        var admin = host.Client(await host.TokenFor("admin@district.test", "district", "district-admin"));
        List<DeadLetterView>? letters = null;
        await TestHost.Eventually(async () =>
            (letters = await admin.GetFromJsonAsync<List<DeadLetterView>>("/api/admin/dead-letters"))!.Count == 1, "a dead letter");
        letters![0].Handler.ShouldBe("probe.FlakyHandler.MemberJoined");
        letters[0].AssociationId.ShouldBe("solna");
        letters[0].Error.ShouldContain("Probe failure on purpose");
        (await host.Client(board).SuggestionCount("solna")).ShouldBe(1, "the other module's handler was unaffected");
        (await Handled(host)).Probe.ShouldBe(0);

        FlakyHandler.FailuresLeft = 0;
        (await admin.PostAsync($"/api/admin/dead-letters/{letters[0].Id}/retry", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await TestHost.Eventually(async () => (await Handled(host)).Probe == 1, "the retried message is handled");
        (await admin.GetFromJsonAsync<List<DeadLetterView>>("/api/admin/dead-letters"))!.ShouldBeEmpty();
        await host.Deliver();
        (await host.Client(board).SuggestionCount("solna")).ShouldBe(1, "the retry did not run the studies handler again");
    }

    private sealed record DeadLetterView(long Id, string Handler, string AssociationId, string Error);

    private static async Task SeedSolnaMembers(TestHost host)
    {
        var solna = host.Services.GetRequiredService<IAssociationDirectory>().Find("solna")!;
        var membership = host.Services.GetRequiredService<ModuleCatalog>().Modules.Single(m => m.Manifest.Id == "membership");
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(solna);
        await membership.SeedDemo(new DemoSeed(solna, scope.ServiceProvider, 7, new DateOnly(2026, 11, 1)), CancellationToken.None);
    }

    private static async Task<(int Studies, int Probe)> Handled(TestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(host.Services.GetRequiredService<IAssociationDirectory>().Find("solna")!);
        var probe = await scope.ServiceProvider.GetRequiredService<ProbeDbContext>().Handled.CountAsync();
        var studies = await ContextOf(scope.ServiceProvider, "studies").Inbox.CountAsync();
        return (studies, probe);
    }

    private static async Task<int> Count(TestHost host, Func<ModuleDbContext, IQueryable<object>> query, string module)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await query(ContextOf(scope.ServiceProvider, module)).CountAsync();
    }

    private static async Task ResetDelivered(TestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var membership = ContextOf(scope.ServiceProvider, "membership");
        await membership.Outbox.ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveredAt, (DateTime?)null));
    }

    private static ModuleDbContext ContextOf(IServiceProvider services, string module) =>
        (ModuleDbContext)services.GetRequiredService(
            services.GetServices<ModuleDbContextRegistration>().Single(r => r.ModuleId == module).ContextType);
}
