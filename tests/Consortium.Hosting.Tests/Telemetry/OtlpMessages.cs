using System.Net.Http.Headers;
using System.Security.Cryptography;
using Consortium.AppHost.Telemetry;
using Consortium.AppHost.Telemetry.Otlp;
using Google.Protobuf;

namespace Consortium.Hosting.Tests.Telemetry;

/// <summary>Builds OTLP messages with the AppHost's proto subset, as an exporter would send them.</summary>
internal static class OtlpMessages
{
    private static readonly DateTimeOffset Epoch = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static Resource Service(string name, string? instance = null)
    {
        var resource = new Resource { Attributes = { Attribute("service.name", name) } };
        if (instance is not null)
        {
            resource.Attributes.Add(Attribute("service.instance.id", instance));
        }

        return resource;
    }

    public static KeyValue Attribute(string key, string value) => new() { Key = key, Value = new AnyValue { StringValue = value } };

    public static ByteString NewTraceId() => ByteString.CopyFrom(RandomNumberGenerator.GetBytes(16));

    public static ByteString NewSpanId() => ByteString.CopyFrom(RandomNumberGenerator.GetBytes(8));

    public static Span Span(
        string name,
        Span.Types.SpanKind kind,
        double milliseconds,
        ByteString? traceId = null,
        ByteString? parentSpanId = null,
        string? errorMessage = null,
        params KeyValue[] attributes)
    {
        var start = (ulong)(Epoch - DateTimeOffset.UnixEpoch).Ticks * 100;
        var span = new Span
        {
            TraceId = traceId ?? NewTraceId(),
            SpanId = NewSpanId(),
            ParentSpanId = parentSpanId ?? ByteString.Empty,
            Name = name,
            Kind = kind,
            StartTimeUnixNano = start,
            EndTimeUnixNano = start + (ulong)(milliseconds * 1_000_000),
            Attributes = { attributes },
        };
        if (errorMessage is not null)
        {
            span.Status = new Status { Code = Status.Types.StatusCode.Error, Message = errorMessage };
        }

        return span;
    }

    public static ExportTraceServiceRequest Traces(Resource resource, params IEnumerable<Span> spans) => new()
    {
        ResourceSpans = { new ResourceSpans { Resource = resource, ScopeSpans = { new ScopeSpans { Spans = { spans } } } } },
    };

    /// <summary>A counter's value as the .NET SDK exports it (cumulative since <paramref name="startedAt"/>).</summary>
    public static ExportMetricsServiceRequest Counter(
        Resource resource, string name, long value, ulong startedAt = 1, AggregationTemporality temporality = AggregationTemporality.Cumulative, bool monotonic = true) => new()
        {
            ResourceMetrics =
            {
                new ResourceMetrics
                {
                    Resource = resource,
                    ScopeMetrics =
                    {
                        new ScopeMetrics
                        {
                            Metrics =
                            {
                                new Metric
                                {
                                    Name = name,
                                    Sum = new Sum
                                    {
                                        AggregationTemporality = temporality,
                                        IsMonotonic = monotonic,
                                        DataPoints = { new NumberDataPoint { StartTimeUnixNano = startedAt, TimeUnixNano = startedAt + 1, AsInt = value } },
                                    },
                                },
                            },
                        },
                    },
                },
            },
        };

    public static ExportLogsServiceRequest Logs(Resource resource, string category, params IEnumerable<LogRecord> records) => new()
    {
        ResourceLogs = { new ResourceLogs { Resource = resource, ScopeLogs = { new ScopeLogs { Scope = new InstrumentationScope { Name = category }, LogRecords = { records } } } } },
    };

    public static LogRecord Log(int severityNumber, string severityText, string message) => new()
    {
        SeverityNumber = severityNumber,
        SeverityText = severityText,
        Body = new AnyValue { StringValue = message },
        TimeUnixNano = (ulong)(Epoch - DateTimeOffset.UnixEpoch).Ticks * 100,
    };

    /// <summary>Posts a message to the receiver as an OTLP/HTTP exporter does.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient http, OtlpReceiver receiver, string signal, IMessage message)
    {
        using var content = new ByteArrayContent(message.ToByteArray());
        content.Headers.ContentType = new MediaTypeHeaderValue(OtlpReceiver.ProtobufContentType);
        return await http.PostAsync(new Uri(receiver.Endpoint, $"/v1/{signal}"), content, TestContext.Current.CancellationToken);
    }
}
