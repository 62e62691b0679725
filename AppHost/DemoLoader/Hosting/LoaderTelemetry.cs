using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Trace;

namespace Consortium.DemoLoader.Hosting;

/// <summary>
/// Traces and logs over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (Aspire sets it, with
/// the service name). Each load step is a span, and the gRPC client spans under it carry the
/// trace context, so the services' work appears in the same traces in the dashboard. Not
/// ServiceDefaults' registration: that one needs ASP.NET Core, EF Core and MassTransit, and a
/// program that only makes gRPC calls needs none of them.
/// </summary>
internal static class LoaderTelemetry
{
    public static readonly ActivitySource Source = new("Consortium.DemoLoader");

    public static IHostApplicationBuilder AddLoaderTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing
                .AddSource(Source.Name)
                .AddGrpcClientInstrumentation()
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>A span for one step of the load.</summary>
    public static Activity? Step(string name) => Source.StartActivity($"demo {name}");
}
