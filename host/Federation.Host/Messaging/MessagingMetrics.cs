using System.Diagnostics;
using System.Diagnostics.Metrics;
using Wolverine.Runtime;

namespace Federation.Host.Messaging;

/// <summary>
/// Traces and metrics of the messages between modules (source and meter <c>Federation.Messaging</c>): a span
/// per handled message, handling time and failures per consumer, and the queue depth and dead letters read
/// from the message store when a metrics reader collects.
/// </summary>
public sealed class MessagingMetrics
{
    public const string Name = "Federation.Messaging";
    public static readonly ActivitySource Source = new(Name);

    private readonly Histogram<double> duration;
    private readonly Counter<long> failures;

    public MessagingMetrics(IMeterFactory meters, MessageQueues queues, IWolverineRuntime runtime, ILogger<MessagingMetrics> logger)
    {
        var meter = meters.Create(Name);
        duration = meter.CreateHistogram<double>("federation.messages.handling.duration", "s", "How long a consumer took to handle a message, by consumer and outcome");
        failures = meter.CreateCounter<long>("federation.messages.failures", "{message}", "Handling attempts that threw (retried, then dead letters), by consumer");
        meter.CreateObservableGauge("federation.messages.waiting", () => Read(() => queues.Waiting()), "{message}",
            "Messages stored and not handled yet (queue depth)");
        meter.CreateObservableGauge("federation.messages.dead_letters", () => Read(async () => (long)(await runtime.Storage.Admin.FetchCountsAsync()).DeadLetter),
            "{message}", "Messages no consumer could handle after its retries");

        IEnumerable<Measurement<long>> Read(Func<Task<long>> count)
        {
            try { return [new(count().GetAwaiter().GetResult())]; }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
            {
                logger.LogWarning("The message store could not be read for metrics: {Error}", e.Message);
                return [];
            }
        }
    }

    /// <summary>Around one handling: its span, its time and, if it throws, a failure.</summary>
    public async Task Measure(string consumer, string association, Func<Task> handle)
    {
        using var activity = Source.StartActivity($"handle {consumer}", ActivityKind.Consumer);
        activity?.SetTag("federation.consumer", consumer);
        activity?.SetTag("federation.association", association);
        var started = Stopwatch.GetTimestamp();
        var outcome = "handled";
        try { await handle(); }
        catch (Exception e)
        {
            outcome = "failed";
            failures.Add(1, new TagList { { "consumer", consumer }, { "exception", e.GetType().Name } });
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            throw;
        }
        finally
        {
            duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new TagList { { "consumer", consumer }, { "outcome", outcome } });
        }
    }
}
