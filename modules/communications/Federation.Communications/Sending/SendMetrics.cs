using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Federation.Communications.Sending;

/// <summary>
/// Metrics of every mail and SMS handed to a server (meter <c>Federation.Communications</c>, exported with
/// the host's OpenTelemetry when configured): how many were accepted, refused for good or failed (tried again
/// later), and how long the server took, by channel.
/// </summary>
internal static class SendMetrics
{
    public const string MeterName = "Federation.Communications";
    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Sends = Meter.CreateCounter<long>("federation.communications.sends", "{message}",
        "Mails and SMS handed to the server, by channel and outcome (accepted, refused, failed)");
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("federation.communications.send.duration", "s",
        "How long the mail server or SMS gateway took to answer");

    public static async Task<MailResult> Measure(string channel, Func<Task<MailResult>> send)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            var result = await send();
            outcome = result.Accepted ? "accepted" : "refused";
            return result;
        }
        finally
        {
            var tags = new TagList { { "channel", channel }, { "outcome", outcome } };
            Sends.Add(1, tags);
            Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }
}
