using System.Diagnostics;
using System.Net.Http.Json;
using Federation.Membership.Contracts;
using Federation.TestSupport;

namespace Federation.Benchmarks.Host;

/// <summary>
/// How long a message from one module takes to reach a consumer in another on the default
/// transport (a durable local queue in the SQLite file): MemberJoined from membership to the
/// studies handler. Members are added one at a time through the API, so each figure is one
/// message alone, not a queue.
/// </summary>
public sealed class MessageLatency : IDriver
{
    public string Name => "message-latency";

    public async Task<int> Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0]) : 500;
        await using var host = await TestHost.Start();
        var token = await host.TokenFor("bench@solna.test", "solna", "board");
        var client = host.Client(token);
        var timings = new Timings();
        host.Published.Committed = events => { if (events.Any(e => e is MemberJoined)) timings.Mark("committed"); };
        using var listener = timings.Listen();

        var transit = new List<double>();
        var handled = new List<double>();
        var endToEnd = new List<double>();
        for (var i = 0; i < count + 20; i++)
        {
            timings.Reset();
            var start = Stopwatch.GetTimestamp();
            var response = await client.PostAsJsonAsync("/api/associations/solna/members",
                new { memberNumber = $"B{i:D6}", firstName = "Bench", lastName = "Mark", joinedOn = DateOnly.FromDateTime(DateTime.Today) });
            response.EnsureSuccessStatusCode();
            var (committed, arrived, done) = await timings.Wait();
            if (i < 20) continue; // warm-up
            transit.Add(Stopwatch.GetElapsedTime(committed, arrived).TotalMilliseconds);
            handled.Add(Stopwatch.GetElapsedTime(committed, done).TotalMilliseconds);
            endToEnd.Add(Stopwatch.GetElapsedTime(start, done).TotalMilliseconds);
        }
        Console.WriteLine($"MemberJoined, membership → studies, {count} messages (ms):");
        Console.WriteLine($"  commit → consumer starts:             {Stats.Describe(transit)}");
        Console.WriteLine($"  commit → handled and committed:       {Stats.Describe(handled)}");
        Console.WriteLine($"  API request → handled (outbox incl.): {Stats.Describe(endToEnd)}");
        return 0;
    }

    /// <summary>
    /// Timestamps of the one message in flight: its transaction committed, the studies consumer
    /// started, it finished — read from Wolverine's own trace of each handled message.
    /// </summary>
    private sealed class Timings
    {
        private readonly Dictionary<string, long> marks = new();
        private TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Reset()
        {
            lock (marks) marks.Clear();
            done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        public void Mark(string what)
        {
            lock (marks) marks.TryAdd(what, Stopwatch.GetTimestamp());
        }

        public ActivityListener Listen()
        {
            var listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == "Wolverine",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
                // Handling is the activity named after the message type (sending is a Producer "send"); both marks at its stop.
                ActivityStopped = a =>
                {
                    if (!IsStudies(a)) return;
                    var now = Stopwatch.GetTimestamp();
                    lock (marks)
                    {
                        marks.TryAdd("done", now);
                        marks.TryAdd("arrived", now - (long)(a.Duration.TotalSeconds * Stopwatch.Frequency));
                    }
                    done.TrySetResult();
                },
            };
            ActivitySource.AddActivityListener(listener);
            return listener;
        }

        private static bool IsStudies(Activity a) => a.Kind != ActivityKind.Producer &&
            a.GetTagItem("messaging.destination")?.ToString()?.Contains("studies.", StringComparison.Ordinal) == true;

        public async Task<(long Committed, long Arrived, long Done)> Wait()
        {
            await done.Task.WaitAsync(TimeSpan.FromSeconds(10));
            lock (marks) return (marks["committed"], marks["arrived"], marks["done"]);
        }
    }
}
