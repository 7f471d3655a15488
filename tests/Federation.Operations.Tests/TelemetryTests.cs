using System.Diagnostics.Metrics;
using System.Text;
using System.Text.Json;
using Federation.Host.Messaging;
using Federation.Membership.Contracts;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Xunit.Abstractions;

namespace Federation.Operations.Tests;

/// <summary>Nothing leaves the machine by default; with an endpoint, traces and metrics go there over OTLP; logs as JSON on request.</summary>
public sealed class TelemetryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Without_an_endpoint_no_OpenTelemetry_is_registered()
    {
        Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT").ShouldBeNull("the test's own environment names a collector");
        await using var host = await TestHost.Start();
        host.Services.GetService<TracerProvider>().ShouldBeNull();
        host.Services.GetService<MeterProvider>().ShouldBeNull();
    }

    [Fact]
    public async Task Handled_messages_are_measured_per_consumer()
    {
        await using var host = await TestHost.Start();
        var handled = new List<(double Seconds, string Consumer, string Outcome)>();
        var meters = host.Services.GetRequiredService<IMeterFactory>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // This host's meter only: other tests' hosts run side by side.
            if (instrument.Meter.Name == MessagingMetrics.Name && instrument.Meter.Scope == meters) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            if (instrument.Name != "federation.messages.handling.duration") return;
            var t = tags.ToArray().ToDictionary(x => x.Key, x => x.Value?.ToString());
            lock (handled) handled.Add((value, t["consumer"]!, t["outcome"]!));
        });
        var waiting = new List<long>();
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name == "federation.messages.waiting") lock (waiting) waiting.Add(value);
        });
        listener.Start();

        await host.Publish(new MemberJoined("solna", Guid.NewGuid(), DateOnly.FromDateTime(DateTime.Today)));
        await host.Deliver();
        listener.RecordObservableInstruments();

        lock (handled)
        {
            handled.Select(h => h.Consumer).ShouldContain(c => c.StartsWith("membership.", StringComparison.Ordinal));
            handled.Select(h => h.Consumer).ShouldContain(c => c.StartsWith("studies.", StringComparison.Ordinal));
            handled.ShouldAllBe(h => h.Outcome == "handled" && h.Seconds > 0);
        }
        waiting.ShouldBe([0L]);
    }

    [Fact]
    public async Task With_an_endpoint_traces_and_metrics_are_exported_over_OTLP()
    {
        var port = HostProcess.FreePort();
        using var collector = new HttpListener();
        collector.Prefixes.Add($"http://127.0.0.1:{port}/");
        collector.Start();
        var received = new List<(string Path, byte[] Body)>();
        var serving = Task.Run(async () =>
        {
            while (collector.IsListening)
            {
                HttpListenerContext context;
                try { context = await collector.GetContextAsync(); }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                lock (received) received.Add((context.Request.Url!.AbsolutePath, body.ToArray()));
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        });

        await using (var host = await TestHost.Start(b =>
        {
            b.Configuration["Operations:Telemetry:OtlpEndpoint"] = $"http://127.0.0.1:{port}";
            b.Configuration["Operations:Telemetry:OtlpProtocol"] = "http/protobuf";
        }))
        {
            (await host.Client().GetAsync("/health")).EnsureSuccessStatusCode();
            await host.Publish(new MemberJoined("solna", Guid.NewGuid(), DateOnly.FromDateTime(DateTime.Today)));
            await host.Deliver();
            host.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000).ShouldBeTrue();
            host.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000).ShouldBeTrue();
        }
        collector.Stop();
        await serving;

        lock (received)
        {
            output.WriteLine(string.Join(", ", received.Select(r => $"{r.Path} {r.Body.Length} bytes")));
            // OTLP bodies are protobuf; names and string attributes appear in them as UTF-8.
            var traces = Encoding.UTF8.GetString(received.Where(r => r.Path == "/v1/traces").SelectMany(r => r.Body).ToArray());
            var metrics = Encoding.UTF8.GetString(received.Where(r => r.Path == "/v1/metrics").SelectMany(r => r.Body).ToArray());
            traces.ShouldContain("GET /health");
            traces.ShouldContain("handle membership.");
            metrics.ShouldContain("federation.messages.handling.duration");
            metrics.ShouldContain("federation.messages.waiting");
            metrics.ShouldContain("http.server.request.duration");
        }
    }

    [Fact]
    public async Task Logs_are_json_lines_on_request()
    {
        var data = TestHost.NewDataDirectory();
        try
        {
            var log = Path.Combine(data, "serve.log");
            await using (var server = HostProcess.Serve(log, ["--data", data], new Dictionary<string, string?> { ["Logging__Format"] = "json" }))
            {
                await server.WaitForHealth(TimeSpan.FromSeconds(90));
                server.Terminate();
                (await server.WaitForExit(TimeSpan.FromSeconds(45))).ShouldBeTrue();
            }
            var lines = File.ReadAllLines(log).Where(l => !l.StartsWith("====", StringComparison.Ordinal)).ToList();
            lines.ShouldNotBeEmpty();
            var events = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
            foreach (var e in events)
                (e.TryGetProperty("@t", out var _) && e.TryGetProperty("@mt", out var _)).ShouldBeTrue(e.ToString());
            events.ShouldContain(e => e.GetProperty("@mt").GetString()!.Contains("Now listening on"));
        }
        finally
        {
            TestHost.TryDelete(data);
        }
    }
}
