using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Triage.ServiceDefaults;

// Traces, metrics and logs through OpenTelemetry. Every Triage.* meter and activity source, MassTransit's and
// ASP.NET Core's are collected; metrics are scraped at /metrics; everything also goes over OTLP when
// OTEL_EXPORTER_OTLP_ENDPOINT is set (with the other OTEL_* variables the SDK reads), and nowhere else otherwise.
public static class TelemetryExtensions
{
    public const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";

    private static readonly string[] Sources = ["Triage.*", "MassTransit"];

    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        // Every log line written inside a request or a consumer carries its trace and span (console scopes, OTLP records).
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? ServiceName(builder.Configuration["Triage:Roles"])))
            .WithTracing(t => t
                .AddSource(Sources)
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsOperational(context.Request.Path)))
            .WithMetrics(m => m
                .AddMeter(Sources)
                .AddAspNetCoreInstrumentation()
                .AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpoint]))
            telemetry.WithLogging(_ => { }, o => o.IncludeFormattedMessage = true).UseOtlpExporter();
        return builder;
    }

    // triage-intake, triage-scoring, triage-all: the role tells the processes of one deployment apart in a trace store.
    private static string ServiceName(string? roles) =>
        "triage-" + string.Join('+', (roles ?? "all").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    // Scrapes and probes every few seconds would bury the complaints' traces.
    private static bool IsOperational(PathString path) =>
        path.StartsWithSegments("/metrics") || path.StartsWithSegments("/health");
}
