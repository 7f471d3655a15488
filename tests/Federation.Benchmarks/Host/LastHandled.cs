using System.Diagnostics;
using System.Diagnostics.Metrics;
using Federation.Host.Messaging;

namespace Federation.Benchmarks.Host;

/// <summary>
/// When the last message was handled, from the product's own handling-time metric: waiting until nothing is waiting
/// polls the message store at intervals (up to half a second while much waits), so it sees the end late.
/// </summary>
internal sealed class LastHandled : IDisposable
{
    private readonly MeterListener listener = new();
    private long at;

    public LastHandled()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == MessagingMetrics.Name && instrument.Name == "federation.messages.handling.duration")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<double>((_, _, _, _) => Interlocked.Exchange(ref at, Stopwatch.GetTimestamp()));
        listener.Start();
    }

    /// <summary>The timestamp (<see cref="Stopwatch.GetTimestamp"/>) at which the last handling ended.</summary>
    public long At => Interlocked.Read(ref at);

    public void Dispose() => listener.Dispose();
}
