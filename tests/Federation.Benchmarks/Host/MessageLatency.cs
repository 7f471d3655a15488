using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using Federation.Membership.Contracts;
using Federation.TestSupport;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Benchmarks.Host;

/// <summary>
/// How long a message from one module takes to reach a consumer in another on the default
/// (in-process) transport: MemberJoined from membership to the studies handler. Members are added
/// one at a time through the API, so each figure is one message alone, not a queue.
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
        var observer = new Timings();
        var bus = host.Services.GetRequiredService<IBus>();
        using var _ = bus.ConnectPublishObserver(observer);
        using var __ = bus.ConnectConsumeObserver(observer);

        var transit = new List<double>();
        var handled = new List<double>();
        var endToEnd = new List<double>();
        for (var i = 0; i < count + 20; i++)
        {
            observer.Reset();
            var start = Stopwatch.GetTimestamp();
            var response = await client.PostAsJsonAsync("/api/associations/solna/members",
                new { memberNumber = $"B{i:D6}", firstName = "Bench", lastName = "Mark", joinedOn = DateOnly.FromDateTime(DateTime.Today) });
            response.EnsureSuccessStatusCode();
            var (published, arrived, done) = await observer.Wait();
            if (i < 20) continue; // warm-up
            transit.Add(Stopwatch.GetElapsedTime(published, arrived).TotalMilliseconds);
            handled.Add(Stopwatch.GetElapsedTime(published, done).TotalMilliseconds);
            endToEnd.Add(Stopwatch.GetElapsedTime(start, done).TotalMilliseconds);
        }
        Console.WriteLine($"MemberJoined, membership → studies, {count} messages (ms):");
        Console.WriteLine($"  bus publish → consumer starts:       {Stats.Describe(transit)}");
        Console.WriteLine($"  bus publish → handled and committed: {Stats.Describe(handled)}");
        Console.WriteLine($"  API request → handled (outbox incl.): {Stats.Describe(endToEnd)}");
        return 0;
    }

    /// <summary>
    /// Timestamps of the one message in flight — published, the studies consumer started, done —
    /// matched by message id (membership's own onboarding consumes MemberJoined too).
    /// </summary>
    private sealed class Timings : IPublishObserver, IConsumeObserver
    {
        private readonly ConcurrentDictionary<string, long> marks = new();
        private TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private Guid? inFlight;

        public void Reset()
        {
            inFlight = null;
            marks.Clear();
            done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        private bool IsStudies<T>(ConsumeContext<T> context) where T : class =>
            context.Message is MemberJoined && context.MessageId == inFlight
            && context.ReceiveContext.InputAddress.AbsolutePath.Contains("studies.", StringComparison.Ordinal);

        public async Task<(long Published, long Arrived, long Done)> Wait()
        {
            await done.Task.WaitAsync(TimeSpan.FromSeconds(10));
            return (marks["published"], marks["arrived"], marks["done"]);
        }

        public Task PrePublish<T>(PublishContext<T> context) where T : class
        {
            if (context.Message is MemberJoined)
            {
                inFlight = context.MessageId;
                marks["published"] = Stopwatch.GetTimestamp();
            }
            return Task.CompletedTask;
        }

        public Task PreConsume<T>(ConsumeContext<T> context) where T : class
        {
            if (IsStudies(context)) marks.TryAdd("arrived", Stopwatch.GetTimestamp());
            return Task.CompletedTask;
        }

        public Task PostConsume<T>(ConsumeContext<T> context) where T : class
        {
            if (IsStudies(context))
            {
                marks["done"] = Stopwatch.GetTimestamp();
                done.TrySetResult();
            }
            return Task.CompletedTask;
        }

        public Task PostPublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;
        public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
        public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }
}
