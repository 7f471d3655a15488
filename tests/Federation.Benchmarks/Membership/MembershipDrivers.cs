using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Federation.Host.Cli;
using Federation.Membership.Calls;
using Federation.Membership.Import;
using Federation.Platform.Tenancy;
using Federation.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Benchmarks.Membership;

/// <summary>Generated central-register files: Swedish names and addresses, every column filled.</summary>
internal static class RegisterFile
{
    private static readonly string[] First = ["Anna", "Åsa", "Björn", "Örjan", "Märta", "Karin", "Johan", "Lars", "Elin", "Sara", "Ali", "Fatima", "Mohammed", "Eva", "Per"];
    private static readonly string[] Last = ["Andersson", "Öberg", "Ängström", "Johansson", "Karlsson", "Nilsson", "Åkesson", "Lind", "Ek", "Yilmaz", "Hassan", "Berg"];

    /// <param name="joinedOn">Everyone's join date; by default spread over 2010–2025 (none recent, so no MemberJoined).</param>
    public static string Csv(int count, int offset = 0, DateOnly? joinedOn = null)
    {
        var csv = new StringBuilder("member_number;first_name;last_name;email;phone;street;postal_code;city;birth_year;gender;joined_on;tags\n");
        for (var i = offset; i < offset + count; i++)
        {
            var first = First[i % First.Length];
            var last = Last[i / First.Length % Last.Length];
            csv.Append($"{100000 + i};{first};{last};m{i}@exempel.se;070{i % 10_000_000:D7};Storgatan {i % 200 + 1};{171 + i % 20} {i % 90 + 10};Solna;{1940 + i % 66};{(i % 2 == 0 ? "kvinna" : "man")};{joinedOn?.ToString("yyyy-MM-dd") ?? $"{2010 + i % 16}-{i % 12 + 1:D2}-{i % 28 + 1:D2}"};{(i % 3 == 0 ? "studier" : "flygblad")}\n");
        }
        return csv.ToString();
    }
}

/// <summary>
/// <c>membership-import [N]</c>: imports an N-member file (default 10,000) through the CLI verb on a fresh
/// data folder, end to end (process start-up of the composition, migrations, parse, validate, save),
/// then re-imports it (nothing changes) and times both.
/// </summary>
public sealed class MembershipImportDriver : IDriver
{
    public string Name => "membership-import";

    public async Task<int> Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0]) : 10_000;
        var file = Path.Combine(Path.GetTempPath(), $"register-{count}.csv");
        await File.WriteAllTextAsync(file, RegisterFile.Csv(count), new UTF8Encoding(true));
        var data = TestHost.NewDataDirectory();
        try
        {
            (await Cli(data, "migrate")).ShouldSucceed();
            foreach (var run in new[] { "first import", "re-import (unchanged)" })
            {
                var watch = Stopwatch.StartNew();
                var (code, output) = await Cli(data, "members", "import", "--association", "solna", "--file", file);
                watch.Stop();
                if (code != 0) { Console.Error.WriteLine(output); return code; }
                Console.WriteLine($"{run}: {count} rows in {watch.Elapsed.TotalSeconds:F2} s  [{string.Join(" ", output.Split('\n').Take(4).Select(l => l.Trim()))}]");
            }
            return 0;
        }
        finally { TestHost.TryDelete(data); }
    }

    private static async Task<(int, string)> Cli(string data, params string[] args)
    {
        var output = new StringWriter();
        var code = await FederationCli.Run([.. args, "--data", data], output, output);
        return (code, output.ToString());
    }
}

internal static class CliResult
{
    public static void ShouldSucceed(this (int Code, string Output) result)
    {
        if (result.Code != 0) throw new InvalidOperationException(result.Output);
    }
}

/// <summary>
/// <c>membership-seed DIR [N]</c>: fills a data folder with N members (default 100,000) spread over the
/// associations that use membership, and prints a district-office API token for the load test.
/// </summary>
public sealed class MembershipSeedDriver : IDriver
{
    public string Name => "membership-seed";

    public async Task<int> Run(string[] args)
    {
        var data = args[0];
        var total = args.Length > 1 ? int.Parse(args[1]) : 100_000;
        await using var host = await TestHost.Start(dataDirectory: data, start: false);
        var associations = host.Services.GetRequiredService<IAssociationDirectory>().All.Where(a => !a.IsDistrict && a.Enables("membership")).ToList();
        var each = total / associations.Count;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < associations.Count; i++)
        {
            using var scope = host.Services.CreateScope();
            scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(associations[i]);
            var csv = new MemoryStream(Encoding.UTF8.GetBytes(RegisterFile.Csv(each, i * each)));
            var result = await scope.ServiceProvider.GetRequiredService<MemberImport>().Run(csv, dryRun: false);
            Console.WriteLine($"{associations[i].Id}: imported {result.Imported}, rejected {result.Rejected.Count}");
        }
        Console.WriteLine($"seeded {each * associations.Count} members in {watch.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"token: {await host.TokenFor("last@storstockholm.test", "district", "district-office")}");
        return 0;
    }
}

/// <summary>
/// <c>membership-call-queue [MEMBERS] [CALLERS]</c>: CALLERS callers (default 20) work one assignment of
/// MEMBERS people (default 2,000) at once, each taking the next person and logging the call; prints calls per
/// second and checks that nobody was handed to two callers.
/// </summary>
public sealed class MembershipCallQueueDriver : IDriver
{
    public string Name => "membership-call-queue";

    public async Task<int> Run(string[] args)
    {
        var members = args.Length > 0 ? int.Parse(args[0]) : 2_000;
        var callers = args.Length > 1 ? int.Parse(args[1]) : 20;
        await using var host = await TestHost.Start(start: false);
        var solna = host.Services.GetRequiredService<IAssociationDirectory>().Find("solna")!;
        Guid assignment;
        using (var scope = host.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(solna);
            await scope.ServiceProvider.GetRequiredService<MemberImport>().Run(new MemoryStream(Encoding.UTF8.GetBytes(RegisterFile.Csv(members))), false);
            assignment = (await scope.ServiceProvider.GetRequiredService<CallQueue>()
                .Create(new NewAssignment("Bänk", null, null, null, null))).Id;
        }
        var handed = new ConcurrentBag<Guid>();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(1, callers).Select(c => Task.Run(async () =>
        {
            var caller = $"ringare{c}@solna.test";
            while (true)
            {
                using var scope = host.Services.CreateScope();
                scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(solna);
                var queue = scope.ServiceProvider.GetRequiredService<CallQueue>();
                if (await queue.Next(assignment, caller) is not { } target) return;
                handed.Add(target.MemberId);
                await queue.Log(target.Id, caller, new CallLog(CallOutcome.Reached, null, false, null));
            }
        })));
        watch.Stop();
        var distinct = handed.Distinct().Count();
        Console.WriteLine($"{callers} callers, {handed.Count} calls in {watch.Elapsed.TotalSeconds:F2} s: {handed.Count / watch.Elapsed.TotalSeconds:F0} calls/s (next + log); handed twice: {handed.Count - distinct}");
        return handed.Count == members && distinct == members ? 0 : 1;
    }
}
