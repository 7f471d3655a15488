using Federation.Host.Messaging;
using Federation.Host.Modules;
using Federation.Platform.Modules;
using Federation.Membership.Contracts;
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
    public async Task A_host_stopped_before_its_messages_were_handled_handles_each_exactly_once_after_restart()
    {
        var data = TestHost.NewDataDirectory();
        try
        {
            // 1. Commit members (and their MemberJoined events), then stop before the consumers are through.
            int joined, recent;
            await using (var stopped = await TestHost.Start(WithProbe, data))
            {
                await SeedSolnaMembers(stopped);
                var events = stopped.Published.Of<MemberJoined>();
                joined = events.Count;
                joined.ShouldBeGreaterThan(100);
                // The studies module tips those who joined in the last 90 days.
                recent = events.Count(m => m.JoinedOn >= DateOnly.FromDateTime(DateTime.Today).AddDays(-90));
            }

            // 2. Restart: what was stored and not handled is handled, once per consumer and message.
            await using var restarted = await TestHost.Start(WithProbe, data);
            await restarted.Deliver();
            var board = restarted.Client(await restarted.TokenFor("styrelse@solna.test", "solna", "board"));
            (await ProbeHandled(restarted)).ShouldBe((joined, joined), "one probe row per message, none twice");
            (await board.SuggestionCount("solna")).ShouldBe(recent);
            (await restarted.Services.GetRequiredService<DeadLetters>().Pending()).ShouldBeEmpty();
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
        letters![0].Handler.ShouldBe("probe.flakyhandler.memberjoined");
        letters[0].AssociationId.ShouldBe("solna");
        letters[0].Error.ShouldContain("Probe failure on purpose");
        (await host.Client(board).SuggestionCount("solna")).ShouldBe(1, "the other module's handler was unaffected");
        (await ProbeHandled(host)).Rows.ShouldBe(0);

        FlakyHandler.FailuresLeft = 0;
        (await admin.PostAsync($"/api/admin/dead-letters/{letters[0].Id}/retry", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        // A retried message goes back through the store: it runs at the next recovery sweep (every 5 s on SQLite).
        await TestHost.Eventually(async () => (await ProbeHandled(host)).Rows == 1, "the retried message is handled", 30_000);
        (await admin.GetFromJsonAsync<List<DeadLetterView>>("/api/admin/dead-letters"))!.ShouldBeEmpty();
        await host.Deliver();
        (await host.Client(board).SuggestionCount("solna")).ShouldBe(1, "the retry did not run the studies handler again");
    }

    [Fact]
    public async Task Messages_waiting_together_share_a_commit_and_one_that_throws_is_rolled_back_alone()
    {
        FlakyHandler.Reset();
        FlakyHandler.FailuresLeft = 1;
        await using var host = await TestHost.Start(WithProbe);
        await SeedSolnaMembers(host); // one transaction: all its MemberJoined reach the probe's queue at once
        var joined = host.Published.Of<MemberJoined>().Count;

        await host.Deliver();

        (await ProbeHandled(host)).ShouldBe((joined, joined), "one row per member: the failed attempt's row was rolled back, the retry wrote it once");
        var transactions = FlakyHandler.Transactions.Distinct(ReferenceEqualityComparer.Instance).Count();
        transactions.ShouldBeLessThan(joined / 2, $"{joined} messages waiting together ran in {transactions} transactions");
        (await host.Services.GetRequiredService<DeadLetters>().Pending()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Events_raised_together_travel_as_one_batch_and_one_that_keeps_failing_becomes_a_dead_letter_of_its_own()
    {
        FlakyHandler.Reset();
        FlakyHandler.FailOneMemberForever = true;
        try
        {
            await using var host = await TestHost.Start(WithProbe);
            await SeedSolnaMembers(host); // one transaction: its MemberJoined travel to each consumer in batches
            var joined = host.Published.Of<MemberJoined>().Count;

            List<DeadLetter>? letters = null;
            await TestHost.Eventually(async () => (letters = await host.Services.GetRequiredService<DeadLetters>().Pending()).Count == 1,
                "one dead letter", 60_000);
            await host.Deliver();

            // The batch failed once and went on event by event: all but one member handled, once each; that one
            // retried alone and kept as a single dead letter, which names its event and not the batch.
            (await ProbeHandled(host)).ShouldBe((joined - 1, joined - 1));
            letters![0].Message.ShouldBe("MemberJoined");
            letters[0].Handler.ShouldBe("probe.flakyhandler.memberjoined");
            letters[0].Error.ShouldContain("always for this member");
            (await host.Services.GetRequiredService<DeadLetters>().Pending()).Count.ShouldBe(1);
            FlakyHandler.FailingMember.ShouldNotBe(Guid.Empty);
        }
        finally
        {
            FlakyHandler.Reset();
        }
    }

    private sealed record DeadLetterView(Guid Id, string Handler, string AssociationId, string Error);

    private static async Task SeedSolnaMembers(TestHost host)
    {
        var solna = host.Services.GetRequiredService<IAssociationDirectory>().Find("solna")!;
        var membership = host.Services.GetRequiredService<ModuleCatalog>().Modules.Single(m => m.Manifest.Id == "membership");
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(solna);
        await membership.SeedDemo(new DemoSeed(solna, scope.ServiceProvider, 7, new DateOnly(2026, 11, 1)), CancellationToken.None);
    }

    /// <summary>The probe's rows, and how many different members they are for.</summary>
    private static async Task<(int Rows, int Members)> ProbeHandled(TestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(host.Services.GetRequiredService<IAssociationDirectory>().Find("solna")!);
        var handled = scope.ServiceProvider.GetRequiredService<ProbeDbContext>().Handled;
        return (await handled.CountAsync(), await handled.Select(h => h.MemberId).Distinct().CountAsync());
    }
}
