using System.Diagnostics;
using System.Text;
using Federation.Benchmarks.Membership;
using Federation.Communications.Domain;
using Federation.Benchmarks.Host;
using Federation.Host.Messaging;
using Federation.Membership.Import;
using Federation.Platform.Tenancy;
using Federation.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Federation.Benchmarks.Communications;

/// <summary>
/// <c>newsletter-send [N]</c>: N members (default 10,000) in Solna's register, one personalised
/// newsletter (merge fields, Markdown, the "på gång" block) sent to all of them through the real
/// path — one durable delivery message per recipient, rendered and handed to a real SMTP server
/// (python3-aiosmtpd on 127.0.0.1, writing a Maildir) — timed from "send" until the server has every
/// mail and no message waits. Memory (working set, managed heap) is sampled every 100 ms. First warm-up newsletters
/// to 1,000 members of the district each, as a server that has been running would be; <c>--cold</c> skips it.
/// </summary>
public sealed class NewsletterSend : IDriver
{
    public string Name => "newsletter-send";

    public async Task<int> Run(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 10_000;
        await using var smtp = await SmtpSink.Start();
        var data = TestHost.NewDataDirectory();
        try
        {
            await using var host = await TestHost.Start(b =>
            {
                b.Configuration["Communications:Smtp:Host"] = "127.0.0.1";
                b.Configuration["Communications:Smtp:Port"] = smtp.Port.ToString();
                b.Configuration["Communications:Smtp:Security"] = "none";
                b.Configuration["Communications:Smtp:From"] = "Vänsterpartiet Solna <nyhetsbrev@solna.test>";
                b.Logging.SetMinimumLevel(LogLevel.Error);
            }, data);
            var mailing = await Newsletter(host, "solna", count, offset: 0);
            if (!args.Contains("--cold"))
                // A server that has run a while: the JIT has compiled the send's hot paths at full optimisation.
                Console.WriteLine(await RuntimeWork.WarmUp(async round =>
                {
                    var warmUp = await Newsletter(host, "storstockholm", WarmUpMembers, offset: count + round * WarmUpMembers);
                    await host.Deliver();
                    using (var scope = Enter(host, "storstockholm")) await scope.ServiceProvider.GetRequiredService<Newsletters>().Send(warmUp);
                    await host.Services.GetRequiredService<MessageQueues>().WaitUntilQuiet(TimeSpan.FromMinutes(10));
                }));
            await host.Deliver();
            var before = smtp.Files().Count;

            var samples = new List<(long WorkingSet, long Heap)>();
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    samples.Add((Environment.WorkingSet, GC.GetTotalMemory(false)));
                    try { await Task.Delay(100, sampling.Token); } catch (OperationCanceledException) { }
                }
            });
            var clock = Stopwatch.StartNew();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var runtime = RuntimeWork.Now();
            int queued;
            using (var scope = Enter(host, "solna")) queued = await scope.ServiceProvider.GetRequiredService<Newsletters>().Send(mailing);
            var queuedAfter = clock.Elapsed;
            // Quiet first: a delivery is recorded only after the server took its mail, so the Maildir is then complete,
            // and listing its thousands of files every 50 ms meanwhile took CPU from the send it measures.
            await host.Services.GetRequiredService<MessageQueues>().WaitUntilQuiet(TimeSpan.FromMinutes(10));
            await smtp.WaitFor(before + queued, TimeSpan.FromMinutes(10));
            clock.Stop();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            var spent = RuntimeWork.Now() - runtime;
            await sampling.CancelAsync();
            await sampler;

            Console.WriteLine($"newsletter to {queued} members: queued (audience read, {queued} deliveries and messages stored) in {queuedAfter.TotalSeconds:F2} s; " +
                $"all {smtp.Files().Count - before} accepted by the SMTP server and recorded {clock.Elapsed.TotalSeconds:F2} s after 'send' " +
                $"({queued / clock.Elapsed.TotalSeconds:F0} mails/s); the product's CPU {cpu.TotalSeconds:F1} s (the SMTP server's not counted; {spent})");
            Console.WriteLine($"memory during the send: working set {Mb(samples.Min(s => s.WorkingSet))}–{Mb(samples.Max(s => s.WorkingSet))} MB, " +
                $"managed heap {Mb(samples.Min(s => s.Heap))}–{Mb(samples.Max(s => s.Heap))} MB ({samples.Count} samples)");
            return 0;
        }
        finally
        {
            TestHost.TryDelete(data);
        }
    }

    private const int WarmUpMembers = 1_000;

    /// <summary>Imports <paramref name="count"/> members into the association and writes a personalised newsletter to them all.</summary>
    private static async Task<Guid> Newsletter(TestHost host, string association, int count, int offset)
    {
        using var scope = Enter(host, association);
        var csv = new MemoryStream(Encoding.UTF8.GetBytes(RegisterFile.Csv(count, offset, joinedOn: new DateOnly(2015, 1, 1))));
        await scope.ServiceProvider.GetRequiredService<MemberImport>().Run(csv, dryRun: false);
        var newsletters = scope.ServiceProvider.GetRequiredService<Newsletters>();
        var series = await newsletters.AddSeries("På gång i föreningen", "monthly", null);
        return (await newsletters.Save(null, new NewsletterDraft(series.Id, "{{förnamn}}, det här händer i {{förening}}",
            "Hej {{förnamn}}!\n\nHär är det senaste från **{{förening}}**.\n\n{{#om aktiviteter}}\n## På gång\n\n{{aktiviteter}}\n{{/om}}\n" +
            "Vi ses!\n\n[Läs mer på vår webbplats](https://solna.vansterpartiet.se)\n", null))).Id;
    }

    private static IServiceScope Enter(TestHost host, string association)
    {
        var scope = host.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(host.Services.GetRequiredService<IAssociationDirectory>().Find(association)!);
        return scope;
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024).ToString("F0");
}
