using Federation.Membership.Contracts;
using System.Collections.Concurrent;
using Federation.Membership.Calls;
using Federation.Membership.Domain;
using Federation.Membership.Import;

namespace Federation.Membership.Tests;

/// <summary>Phone-banking: the shared queue under concurrency, cool-down, call-backs and progress.</summary>
public sealed class CallQueueTests : IAsyncLifetime
{
    private TestHost host = null!;
    private TestClock clock = null!;

    public async Task InitializeAsync() => (host, clock) = await MembershipHost.Start();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private async Task Members(int count, string association = "solna")
    {
        var csv = new StringBuilder("member_number,first_name,last_name,phone,joined_on\n");
        for (var i = 1; i <= count; i++) csv.Append($"{i},Förnamn{i},Efternamn{i},070{i:D7},2015-01-01\n");
        var result = await host.In(association, sp => sp.GetRequiredService<MemberImport>().Run(MembershipHost.Csv(csv.ToString()), false));
        result.Imported.ShouldBe(count);
    }

    private Task<CallAssignment> Assignment(int cooldownHours = 48, string association = "solna") =>
        host.In(association, sp => sp.GetRequiredService<CallQueue>().Create(new NewAssignment("Ringa alla", "Fråga om höstens möten", null, null, null, cooldownHours)));

    private Task<CallTarget?> Next(Guid assignment, string caller) =>
        host.In("solna", sp => sp.GetRequiredService<CallQueue>().Next(assignment, caller));

    private Task<CallRecord> Log(Guid target, string caller, CallOutcome outcome, DateTime? callBackAt = null) =>
        host.In("solna", sp => sp.GetRequiredService<CallQueue>().Log(target, caller, new CallLog(outcome, "anteckning", false, callBackAt)));

    [Fact]
    public async Task Twenty_callers_at_once_never_get_the_same_person()
    {
        await Members(120);
        var assignment = await Assignment();
        var handed = new ConcurrentBag<(string Caller, Guid Member)>();
        var holding = 0;
        var everyoneHoldsOne = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        await Task.WhenAll(Enumerable.Range(1, 20).Select(c => Task.Run(async () =>
        {
            var caller = $"ringare{c}@solna.test";
            // All twenty hold a claim at the same moment before anyone logs a call.
            var first = (await Next(assignment.Id, caller))!;
            if (Interlocked.Increment(ref holding) == 20) everyoneHoldsOne.SetResult();
            await everyoneHoldsOne.Task.WaitAsync(TimeSpan.FromSeconds(30));
            handed.Add((caller, first.MemberId));
            await Log(first.Id, caller, CallOutcome.Reached);
            while (await Next(assignment.Id, caller) is { } target)
            {
                handed.Add((caller, target.MemberId));
                await Log(target.Id, caller, CallOutcome.Reached);
            }
        })));

        handed.Count.ShouldBe(120);
        handed.Select(h => h.Member).Distinct().Count().ShouldBe(120, "nobody was handed to two callers");
        handed.Select(h => h.Caller).Distinct().Count().ShouldBe(20);
        var progress = await host.In("solna", sp => sp.GetRequiredService<CallQueue>().Progress(assignment.Id));
        (progress.Targets, progress.Reached, progress.Attempted, progress.Left, progress.ShareReachedThisYearPercent).ShouldBe((120, 120, 120, 0, 100));
    }

    [Fact]
    public async Task A_claimed_person_is_not_offered_again_until_the_claim_expires()
    {
        await Members(1);
        var assignment = await Assignment();
        var first = (await Next(assignment.Id, "a@solna.test"))!;
        (await Next(assignment.Id, "a@solna.test"))!.Id.ShouldBe(first.Id, "the caller gets their own call back after a reload");
        (await Next(assignment.Id, "b@solna.test")).ShouldBeNull();

        clock.Advance(CallQueue.ClaimTime + TimeSpan.FromSeconds(1));
        (await Next(assignment.Id, "b@solna.test"))!.Id.ShouldBe(first.Id);
        var late = await Should.ThrowAsync<MemberValidationException>(() => Log(first.Id, "a@solna.test", CallOutcome.Reached));
        late.Message.ShouldContain("no longer) yours");
    }

    [Fact]
    public async Task Cool_down_keeps_an_unanswered_person_back_and_a_call_back_time_is_kept()
    {
        await Members(2);
        var assignment = await Assignment(cooldownHours: 24);
        var x = (await Next(assignment.Id, "a@solna.test"))!;
        await Log(x.Id, "a@solna.test", CallOutcome.NoAnswer);
        var y = (await Next(assignment.Id, "a@solna.test"))!;
        y.MemberId.ShouldNotBe(x.MemberId);
        var callBack = clock.GetUtcNow().UtcDateTime.AddHours(48);
        await Log(y.Id, "a@solna.test", CallOutcome.CallBack, callBack);

        (await Next(assignment.Id, "a@solna.test")).ShouldBeNull("one is cooling down, the other waits for the agreed time");
        clock.Advance(TimeSpan.FromHours(24));
        var again = (await Next(assignment.Id, "a@solna.test"))!;
        again.MemberId.ShouldBe(x.MemberId);
        await Log(again.Id, "a@solna.test", CallOutcome.Reached);
        clock.Advance(TimeSpan.FromMinutes(1));
        (await Next(assignment.Id, "b@solna.test")).ShouldBeNull("the call-back is not due yet");
        clock.Advance(TimeSpan.FromHours(24));
        (await Next(assignment.Id, "b@solna.test"))!.MemberId.ShouldBe(y.MemberId);

        var refused = await Should.ThrowAsync<MemberValidationException>(() => Log(y.Id, "b@solna.test", CallOutcome.CallBack, clock.GetUtcNow().UtcDateTime.AddHours(-1)));
        refused.Message.ShouldContain("call-back needs a time in the future");
    }

    [Fact]
    public async Task Do_not_call_again_takes_the_person_off_future_lists()
    {
        await Members(2);
        var assignment = await Assignment();
        var x = (await Next(assignment.Id, "a@solna.test"))!;
        await Log(x.Id, "a@solna.test", CallOutcome.DoNotCall);
        var progress = await host.In("solna", sp => sp.GetRequiredService<CallQueue>().Progress(assignment.Id));
        (progress.Reached, progress.Attempted, progress.Left).ShouldBe((0, 1, 1));

        var next = await Assignment();
        var only = (await Next(next.Id, "a@solna.test"))!;
        only.MemberId.ShouldNotBe(x.MemberId);
        await Log(only.Id, "a@solna.test", CallOutcome.Reached);
        (await Next(next.Id, "a@solna.test")).ShouldBeNull();
    }

    [Fact]
    public async Task Progress_and_queues_are_per_association()
    {
        await Members(3, "solna");
        await Members(2, "sundbyberg");
        var solna = await Assignment();
        (await host.In("sundbyberg", sp => sp.GetRequiredService<CallQueue>().Next(solna.Id, "a@sundbyberg.test"))).ShouldBeNull();
        (await host.In("solna", sp => sp.GetRequiredService<CallQueue>().Progress(solna.Id))).Targets.ShouldBe(3);
    }

    [Fact]
    public async Task The_plan_reads_the_share_of_members_a_call_reached_this_year()
    {
        await Members(4);
        var assignment = await Assignment();
        var first = (await Next(assignment.Id, "ringare@solna.test"))!;
        await Log(first.Id, "ringare@solna.test", CallOutcome.Reached);
        var second = (await Next(assignment.Id, "ringare@solna.test"))!;
        await Log(second.Id, "ringare@solna.test", CallOutcome.NoAnswer);

        var year = clock.GetUtcNow().Year;
        var called = await host.In("solna", sp => sp.GetRequiredService<IMembershipStatistics>().Called(year));
        called.ShouldBe(new YearShare(year, 4, 1), "a call not answered has not reached anyone");
        (await host.In("solna", sp => sp.GetRequiredService<IMembershipStatistics>().Called(year - 1))).Done.ShouldBe(0);
    }
}
