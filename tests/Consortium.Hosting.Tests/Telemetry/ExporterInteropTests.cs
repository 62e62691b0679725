using System.Diagnostics;
using System.Diagnostics.Metrics;
using Consortium.AppHost.Telemetry;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Consortium.Hosting.Tests.Telemetry;

/// <summary>
/// The receiver against the exporter our services really use (OpenTelemetry .NET's OTLP exporter
/// over http/protobuf, the package ServiceDefaults references): what it sends parses with our
/// proto subset and lands in the summary.
/// </summary>
public sealed class ExporterInteropTests
{
    private const string ServiceName = "interop";

    [Fact]
    public async Task Spans_counters_and_logs_from_the_OpenTelemetry_exporter_arrive()
    {
        var store = new TelemetryStore();
        await using var receiver = await OtlpReceiver.StartAsync(store, preferredPort: 0, TestContext.Current.CancellationToken);
        var sourceName = $"interop-{Guid.NewGuid():N}";

        using (var source = new ActivitySource(sourceName))
        using (var tracing = Sdk.CreateTracerProviderBuilder()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .AddSource(sourceName)
            .AddOtlpExporter(exporter => Configure(exporter, receiver, "traces"))
            .Build())
        {
            using (var request = source.StartActivity("GET /v1/things/{id}", ActivityKind.Server))
            {
                request?.SetTag("http.route", "/v1/things/{id}");
                request?.SetTag("http.request.method", "GET");
                request?.SetStatus(ActivityStatusCode.Error, "thing store unavailable");
                using var query = source.StartActivity("SELECT things", ActivityKind.Client);
            }

            Assert.True(tracing.ForceFlush(10_000));
        }

        using (var meter = new Meter(sourceName))
        using (var metrics = Sdk.CreateMeterProviderBuilder()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .AddMeter(sourceName)
            .AddOtlpExporter((exporter, _) => Configure(exporter, receiver, "metrics"))
            .Build())
        {
            meter.CreateCounter<long>("messaging.masstransit.consume").Add(3);
            Assert.True(metrics.ForceFlush(10_000));
        }

        using (var logging = LoggerFactory.Create(builder => builder.AddOpenTelemetry(options =>
        {
            options.SetResourceBuilder(ResourceBuilder.CreateDefault().AddService(ServiceName));
            options.IncludeFormattedMessage = true;
            options.AddOtlpExporter(exporter => Configure(exporter, receiver, "logs"));
        })))
        {
#pragma warning disable CA1848 // a one-off log line in a test
            logging.CreateLogger("Interop.Category").LogWarning("Disk {Disk} is {Percent}% full", "/data", 91);
#pragma warning restore CA1848
        }

        var summary = Assert.Single(store.Summary().Services);
        Assert.Equal(ServiceName, summary.Name);
        Assert.Equal((2, 1, 1), (summary.Spans, summary.Requests, summary.RequestErrors));
        Assert.Equal("GET /v1/things/{id}", Assert.Single(summary.Routes).Route);
        Assert.Equal(3, summary.Messages.Consumed);
        Assert.Equal(1, summary.WarningLogs);
        var trace = Assert.Single(store.RecentTraces());
        Assert.Equal(1, trace.ChildSpans);
        Assert.Equal("thing store unavailable", Assert.Single(store.RecentErrorSpans()).StatusMessage);
        var log = Assert.Single(store.RecentLogs());
        Assert.Equal(("Interop.Category", "Disk /data is 91% full"), (log.Category, log.Message));
    }

    private static void Configure(OtlpExporterOptions exporter, OtlpReceiver receiver, string signal)
    {
        exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
        exporter.Endpoint = new Uri(receiver.Endpoint, $"/v1/{signal}");
        exporter.ExportProcessorType = ExportProcessorType.Simple;
    }
}
