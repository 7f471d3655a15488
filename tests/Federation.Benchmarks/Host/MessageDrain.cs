using System.Diagnostics;
using System.Text;
using Federation.Benchmarks.Membership;
using Federation.Host.Messaging;
using Federation.Membership.Contracts;
using Federation.Membership.Import;
using Federation.Platform.Tenancy;
using Federation.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Benchmarks.Host;

/// <summary>
/// <c>message-drain [N] [--postgres CONN --rabbitmq URI [--instances K]]</c>: imports N members who all
/// joined this month (default 10,000) in one transaction — N MemberJoined events through the durable
/// path: stored with the import, queued per consumer, handled by membership's onboarding and studies'
/// course tip, whose CourseSuggested goes on to membership again (three handlers) — and times from the
/// import's commit until nothing is waiting. On SQLite by default; with PostgreSQL and RabbitMQ the
/// given number of host instances (default 2) share the work. First warm-up imports of 2,000 other members, as a
/// server that has been running would be; <c>--cold</c> measures right after the start.
/// </summary>
public sealed class MessageDrain : IDriver
{
    public string Name => "message-drain";

    public async Task<int> Run(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 10_000;
        var postgres = Option(args, "--postgres");
        var rabbit = Option(args, "--rabbitmq");
        var instances = postgres is null ? 1 : int.Parse(Option(args, "--instances") ?? "2");
        Action<WebApplicationBuilder> configure = b =>
        {
            if (postgres is null) return;
            b.Configuration["Storage:Provider"] = "postgres";
            b.Configuration["Storage:ConnectionString"] = postgres;
            b.Configuration["Messaging:Transport"] = "rabbitmq";
            b.Configuration["Messaging:RabbitMqUri"] = rabbit ?? throw new ArgumentException("--rabbitmq URI goes with --postgres");
            if (Option(args, "--confirms") is { } confirms) b.Configuration["Messaging:PublisherConfirms"] = confirms;
        };
        var data = TestHost.NewDataDirectory();
        var hosts = new List<TestHost>();
        try
        {
            for (var i = 0; i < instances; i++) hosts.Add(await TestHost.Start(configure, data));
            var first = hosts[0];
            if (!args.Contains("--cold"))
                // A server that has run a while: the JIT has compiled the hot paths at full optimisation (the first
                // thousands of messages after a start compile 12,000 methods) and Solna already has members.
                Console.WriteLine(await RuntimeWork.WarmUp(async round =>
                {
                    await Import(first, RegisterFile.Csv(WarmUpMembers, offset: count + round * WarmUpMembers, joinedOn: JoinedOn));
                    await first.Services.GetRequiredService<MessageQueues>().WaitUntilQuiet(TimeSpan.FromMinutes(10));
                }));
            long committed = 0;
            first.Published.Committed = events => { if (events.Any(e => e is MemberJoined)) committed = Stopwatch.GetTimestamp(); };
            var joinedBefore = first.Published.Of<MemberJoined>().Count;

            using var handled = new LastHandled();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var runtime = RuntimeWork.Now();
            var import = Stopwatch.StartNew();
            var result = await Import(first, RegisterFile.Csv(count, joinedOn: JoinedOn));
            import.Stop();
            await first.Services.GetRequiredService<MessageQueues>().WaitUntilQuiet(TimeSpan.FromMinutes(10));
            var quiet = Stopwatch.GetElapsedTime(committed);
            var drained = Stopwatch.GetElapsedTime(committed, handled.At);
            var joined = first.Published.Of<MemberJoined>().Count - joinedBefore;
            // CPU time (import and drain) stays comparable when other work shares the machine; wall time does not.
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var spent = RuntimeWork.Now() - runtime;

            Console.WriteLine($"{(postgres is null ? "SQLite, local queues" : $"PostgreSQL + RabbitMQ, {instances} instances")}: " +
                $"imported {result.Imported} in {import.Elapsed.TotalSeconds:F2} s; {joined} MemberJoined " +
                $"drained {drained.TotalSeconds:F2} s after the commit ({joined / drained.TotalSeconds:F0} events/s; quiet seen at {quiet.TotalSeconds:F2} s); " +
                $"CPU {cpu.TotalSeconds:F1} s for import and drain ({spent}); load {File.ReadAllText("/proc/loadavg")[..14]}");
            return 0;
        }
        finally
        {
            foreach (var host in hosts) await host.DisposeAsync();
            TestHost.TryDelete(data);
        }
    }

    private const int WarmUpMembers = 2_000;

    private static DateOnly JoinedOn => DateOnly.FromDateTime(DateTime.Today).AddDays(-3);

    private static async Task<ImportResult> Import(TestHost host, string csv)
    {
        using var scope = host.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(host.Services.GetRequiredService<IAssociationDirectory>().Find("solna")!);
        return await scope.ServiceProvider.GetRequiredService<MemberImport>().Run(new MemoryStream(Encoding.UTF8.GetBytes(csv)), dryRun: false);
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
