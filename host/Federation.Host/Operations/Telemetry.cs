using Federation.Host.Messaging;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Serilog;
using Serilog.Formatting.Compact;

namespace Federation.Host.Operations;

/// <summary>
/// Logs as JSON lines on request (<c>Logging:Format=json</c>: Serilog's compact JSON on stdout, one event per
/// line, for journald or a log shipper); otherwise the plain console log. Traces and metrics of requests,
/// messages and sends are exported over OTLP only when an endpoint is configured
/// (<c>Operations:Telemetry:OtlpEndpoint</c> or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>); without one
/// no OpenTelemetry is registered at all and nothing leaves the machine.
/// </summary>
public static class Telemetry
{
    public const string ServiceName = "federation";

    /// <summary>What the traces and metrics are made of besides requests: Wolverine's and the product's (<c>Federation.*</c>).</summary>
    public static readonly string[] Sources = ["Wolverine", "Federation.*"];
    public static readonly string[] Meters = ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Wolverine*", "Federation.*"];

    public static void AddTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var format = configuration["Logging:Format"] ?? "text";
        if (format.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            // A provider under Microsoft.Extensions.Logging, so Logging:LogLevel still filters what is written.
            builder.Logging.ClearProviders();
            builder.Logging.AddSerilog(new LoggerConfiguration().MinimumLevel.Verbose().Enrich.FromLogContext()
                .WriteTo.Console(new CompactJsonFormatter()).CreateLogger(), dispose: true);
        }
        else if (!format.Equals("text", StringComparison.OrdinalIgnoreCase))
        {
            throw new Configuration.ConfigurationException($"Logging:Format is '{format}'; use 'text' (the default) or 'json'.");
        }

        var endpoint = configuration["Operations:Telemetry:OtlpEndpoint"] is { Length: > 0 } configured ? configured
            : configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint)) return;
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
            throw new Configuration.ConfigurationException($"The OTLP endpoint '{endpoint}' is not an absolute URI (e.g. http://collector:4317).");
        var http = (configuration["Operations:Telemetry:OtlpProtocol"] ?? configuration["OTEL_EXPORTER_OTLP_PROTOCOL"]) == "http/protobuf";
        void Exporter(OtlpExporterOptions o, string signal)
        {
            o.Protocol = http ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
            // Over HTTP each signal has its own path; an endpoint set in code is used as it is.
            o.Endpoint = http ? new Uri(uri, $"{uri.AbsolutePath.TrimEnd('/')}/v1/{signal}") : uri;
        }
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName, serviceVersion: DatabaseBackup.ProductVersion))
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddSource(Sources).AddOtlpExporter(o => Exporter(o, "traces")))
            .WithMetrics(m => m.AddMeter(Meters).AddOtlpExporter(o => Exporter(o, "metrics")));
    }
}
