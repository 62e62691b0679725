using Consortium.ServiceDefaults.Health;
using MassTransit.Logging;
using MassTransit.Monitoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Consortium.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>
    /// Traces, metrics and logs for ASP.NET Core, gRPC and HTTP clients, Npgsql, MassTransit, the
    /// outbox and the runtime. Exported over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is
    /// set (the AppHost sets it as Aspire does); service name and resource attributes come from the
    /// standard <c>OTEL_*</c> variables.
    /// </summary>
    public static IHostApplicationBuilder AddConsortiumTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(InstrumentationOptions.MeterName)
                .AddMeter(ConsortiumDiagnostics.MeterName))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName)
                .AddSource(DiagnosticHeaders.DefaultListenerName)
                .AddSource(ConsortiumDiagnostics.ActivitySourceName)
                .AddAspNetCoreInstrumentation(options =>
                    // Probes every few seconds would drown the traces people look for.
                    options.Filter = context => !HealthEndpoints.IsProbe(context.Request.Path))
                .AddGrpcClientInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsql());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();

            // The OTLP/HTTP exporter posts through IHttpClientFactory, so the standard resilience
            // handler (ServiceDefaultsExtensions) logs every export at Information ("Execution
            // attempt"), and that line is exported in turn: an endless trickle. Retries and
            // failures are warnings and still show.
            builder.Logging.AddFilter("Polly", LogLevel.Warning);
        }

        return builder;
    }
}
