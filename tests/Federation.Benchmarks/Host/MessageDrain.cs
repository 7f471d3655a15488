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
/// given number of host instances (default 2) share the work.
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
            long committed = 0;
            first.Published.Committed = events => { if (events.Any(e => e is MemberJoined)) committed = Stopwatch.GetTimestamp(); };

            using var scope = first.Services.CreateScope();
            scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(first.Services.GetRequiredService<IAssociationDirectory>().Find("solna")!);
            var csv = new MemoryStream(Encoding.UTF8.GetBytes(RegisterFile.Csv(count, joinedOn: DateOnly.FromDateTime(DateTime.Today).AddDays(-3))));
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var import = Stopwatch.StartNew();
            var result = await scope.ServiceProvider.GetRequiredService<MemberImport>().Run(csv, dryRun: false);
            import.Stop();
            await first.Services.GetRequiredService<MessageQueues>().WaitUntilQuiet(TimeSpan.FromMinutes(10));
            var drained = Stopwatch.GetElapsedTime(committed);
            // CPU time (import and drain) stays comparable when other work shares the machine; wall time does not.
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

            Console.WriteLine($"{(postgres is null ? "SQLite, local queues" : $"PostgreSQL + RabbitMQ, {instances} instances")}: " +
                $"imported {result.Imported} in {import.Elapsed.TotalSeconds:F2} s; {first.Published.Of<MemberJoined>().Count} MemberJoined " +
                $"drained {drained.TotalSeconds:F2} s after the commit ({first.Published.Of<MemberJoined>().Count / drained.TotalSeconds:F0} events/s); " +
                $"CPU {cpu.TotalSeconds:F1} s for import and drain; load {File.ReadAllText("/proc/loadavg")[..14]}");
            return 0;
        }
        finally
        {
            foreach (var host in hosts) await host.DisposeAsync();
            TestHost.TryDelete(data);
        }
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
