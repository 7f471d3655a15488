using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace Federation.Host.Tests;

/// <summary>Tests that run the built host binary as real processes; alone, so their timings mean something.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealProcesses
{
    public const string Name = "Real host processes";
}

/// <summary>
/// The real host (the built binary, SQLite in a data folder) is stopped one second after a 2,000-member import
/// returned — gracefully (SIGTERM) or by a crash (SIGKILL) — while its MemberJoined events are still being
/// handled, and started again on the same folder: every member ends with exactly one onboarding checklist and
/// exactly one course tip, and nothing is a dead letter. Before the fix in the outbox (envelopes for local
/// queues were stored as "Outgoing", which no recovery picks up) such members never got either.
/// </summary>
[Collection(RealProcesses.Name)]
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    private const int Members = 2_000;
    private const string Prefix = "CR";
    private const string Email = "krasch@storstockholm.test";

    public enum Stop { Sigterm, Sigkill }

    [Theory]
    [InlineData(Stop.Sigterm)]
    [InlineData(Stop.Sigkill)]
    public async Task A_host_stopped_mid_import_handles_every_new_member_exactly_once_after_restart(Stop stop)
    {
        var test = Stopwatch.StartNew();
        var data = TestHost.NewDataDirectory();
        var passed = false;
        output.WriteLine($"data folder and logs: {data}");
        try
        {
            var token = await CreateAccountAndToken(data);
            var database = ProductDatabase.Sqlite(data);

            // 1. The host imports 2,000 recent members: one transaction with 2,000 MemberJoined events (two consumers each).
            TimeSpan importTook;
            MemberEffects atStop, afterStop;
            long waitingAfterStop;
            await using (var first = HostProcess.Serve(Path.Combine(data, "serve-1.log"), ["--data", data]))
            {
                output.WriteLine($"first start: healthy after {(await first.WaitForHealth(TimeSpan.FromSeconds(60))).TotalSeconds:0.0} s");
                using var api = first.ApiClient(token);
                var import = Stopwatch.StartNew();
                using var response = await api.PostAsync("/api/associations/solna/members/import",
                    new StringContent(MemberCsv.Recent(Members, Prefix), Encoding.UTF8, "text/csv"));
                importTook = import.Elapsed;
                var body = await response.Content.ReadAsStringAsync();
                response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
                body.ShouldContain($"\"imported\":{Members},");

                // 2. One second later: stopped while the consumers are still at work.
                await Task.Delay(TimeSpan.FromSeconds(1));
                atStop = await database.Effects("solna", Prefix);
                var stopping = Stopwatch.StartNew();
                if (stop == Stop.Sigterm) first.Terminate(); else first.Kill();
                (await first.WaitForExit(TimeSpan.FromSeconds(45))).ShouldBeTrue($"the host did not exit within 45 s of {stop}\n{first.LogTail()}");
                output.WriteLine($"import of {Members} took {importTook.TotalSeconds:0.0} s; at {stop}: {atStop}; exited {stopping.Elapsed.TotalSeconds:0.0} s after it (code {first.ExitCode})");
                afterStop = await database.Effects("solna", Prefix);
                waitingAfterStop = await database.MessagesWaiting();
                output.WriteLine($"after exit: {afterStop}; {waitingAfterStop} messages waiting");
            }
            atStop.Members.Count.ShouldBe(Members);
            atStop.Missing.Count.ShouldBeGreaterThan(0, "the host was through before it was stopped: the test proves nothing (import more members)");
            if (stop == Stop.Sigkill)
            {
                afterStop.Missing.Count.ShouldBeGreaterThan(0, "the host finished everything before it was killed: the test proves nothing");
                waitingAfterStop.ShouldBeGreaterThan(0);
            }
            // A graceful stop may finish the consumers' work (they commit many messages at a time): then the restart
            // has nothing to recover, and what remains to check is that nothing took effect twice. Recovery is the kill's case.
            afterStop.Doubled.ShouldBeEmpty($"a checklist step or course tip twice after {stop}: {afterStop}");

            // 3. Started again on the same folder: within 60 s every member has one checklist and one tip.
            var restart = Stopwatch.StartNew();
            await using var second = HostProcess.Serve(Path.Combine(data, "serve-2.log"), ["--data", data]);
            var healthy = await second.WaitForHealth(TimeSpan.FromSeconds(60));
            var settled = await database.WaitUntilHandled("solna", Prefix, TimeSpan.FromSeconds(60) - restart.Elapsed);
            var (effects, waiting) = (settled.Effects, settled.Waiting);
            settled.Effects.Doubled.ShouldBeEmpty($"a checklist step or course tip twice: {settled}");
            settled.Done.ShouldBeTrue($"not every member was handled within 60 s of the restart: {settled}\n{second.LogTail()}");
            var recovered = restart.Elapsed;
            output.WriteLine($"restart after {stop}: healthy after {healthy.TotalSeconds:0.0} s, every member handled {recovered.TotalSeconds:0.0} s after the start; {effects}");

            effects.Members.Count.ShouldBe(Members);
            effects.StepsPerChecklist.ShouldBeGreaterThan(0);
            effects.Members.ShouldAllBe(m => m.ChecklistRows == effects.StepsPerChecklist && m.ChecklistSteps == effects.StepsPerChecklist && m.CourseTips == 1);
            waiting.ShouldBe(0);

            using var admin = second.ApiClient(token);
            (await admin.GetStringAsync("/api/admin/dead-letters")).ShouldBe("[]");
            (await admin.GetStringAsync("/health")).ShouldContain("\"deadLetters\":0");
            output.WriteLine($"whole test: {test.Elapsed.TotalSeconds:0.0} s");
            passed = true;
        }
        finally
        {
            if (passed) TestHost.TryDelete(data);
            else output.WriteLine($"kept for diagnosis: {data} (serve-1.log, serve-2.log, cli.log)");
        }
    }

    /// <summary>Before the first start, with the binary's own CLI: a board member of Solna who is also district admin, and an API token.</summary>
    private async Task<string> CreateAccountAndToken(string data)
    {
        var clock = Stopwatch.StartNew();
        var token = await HostCli.AccountWithToken(Path.Combine(data, "cli.log"), data, Email, [("solna", "board"), ("storstockholm", "district-admin")]);
        output.WriteLine($"account and token with the CLI: {clock.Elapsed.TotalSeconds:0.0} s");
        return token;
    }
}
