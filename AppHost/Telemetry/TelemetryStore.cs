using Consortium.AppHost.Telemetry.Otlp;

namespace Consortium.AppHost.Telemetry;

/// <summary>
/// Everything the AppHost keeps of the telemetry it receives, in bounded memory: running figures
/// per service (<see cref="Summary"/>), the latest traces and error spans, and the latest warning
/// and error logs. Spans, metrics and logs themselves are not kept. Exports arrive a few per
/// second, so one lock is plenty.
/// </summary>
public sealed class TelemetryStore(TimeProvider? time = null)
{
    public const int MaxServices = 64;
    public const int MaxTraces = 200;
    public const int MaxErrorSpans = 100;
    public const int MaxLogs = 200;

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ServiceStats> _services = new(StringComparer.Ordinal);
    private readonly RecentTraces _traces = new(MaxTraces, MaxErrorSpans, maxTracked: 10 * MaxTraces);
    private readonly BoundedQueue<LogEntry> _logs = new(MaxLogs);
    private long _version;

    /// <summary>Changes whenever something was received, so writers can skip unchanged output.</summary>
    public long Version => Interlocked.Read(ref _version);

    public void Add(ExportTraceServiceRequest request)
    {
        lock (_gate)
        {
            foreach (var resourceSpans in request.ResourceSpans)
            {
                var name = OtlpValues.ServiceName(resourceSpans.Resource);
                if (Service(name) is not { } service)
                {
                    continue;
                }

                foreach (var span in resourceSpans.ScopeSpans.SelectMany(scope => scope.Spans))
                {
                    var end = OtlpValues.Time(span.EndTimeUnixNano);
                    service.Seen(end);
                    service.AddSpan();
                    if (span.Kind == Span.Types.SpanKind.Server)
                    {
                        service.AddServerSpan(
                            RouteOf(span),
                            OtlpValues.Milliseconds(span.StartTimeUnixNano, span.EndTimeUnixNano),
                            span.Status?.Code == Status.Types.StatusCode.Error,
                            end);
                    }

                    _traces.Add(name, span);
                }
            }

            Interlocked.Increment(ref _version);
        }
    }

    public void Add(ExportMetricsServiceRequest request)
    {
        lock (_gate)
        {
            foreach (var resourceMetrics in request.ResourceMetrics)
            {
                if (Service(OtlpValues.ServiceName(resourceMetrics.Resource)) is not { } service)
                {
                    continue;
                }

                var instance = OtlpValues.InstanceId(resourceMetrics.Resource);
                foreach (var metric in resourceMetrics.ScopeMetrics.SelectMany(scope => scope.Metrics))
                {
                    if (metric.DataCase == Metric.DataOneofCase.Sum && MessagingCounters.IsKept(metric.Name))
                    {
                        service.AddCounter(metric.Name, instance, metric.Sum);
                    }
                }

                service.Seen(_time.GetUtcNow());
            }

            Interlocked.Increment(ref _version);
        }
    }

    public void Add(ExportLogsServiceRequest request)
    {
        lock (_gate)
        {
            foreach (var resourceLogs in request.ResourceLogs)
            {
                var name = OtlpValues.ServiceName(resourceLogs.Resource);
                if (Service(name) is not { } service)
                {
                    continue;
                }

                foreach (var scope in resourceLogs.ScopeLogs)
                {
                    foreach (var record in scope.LogRecords)
                    {
                        var at = OtlpValues.Time(record.TimeUnixNano != 0 ? record.TimeUnixNano : record.ObservedTimeUnixNano);
                        service.Seen(at);
                        service.AddLog(record.SeverityNumber);
                        if (record.SeverityNumber >= Severity.Warning)
                        {
                            _logs.Add(Describe(name, scope.Scope?.Name, record, at));
                        }
                    }
                }
            }

            Interlocked.Increment(ref _version);
        }
    }

    public TelemetrySummary Summary()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            return new TelemetrySummary(now, [.. _services.Values.Select(service => service.Summarize(now)).OrderBy(service => service.Name, StringComparer.Ordinal)]);
        }
    }

    /// <summary>The latest root spans, newest first.</summary>
    public IReadOnlyList<TraceRecord> RecentTraces()
    {
        lock (_gate)
        {
            return _traces.Traces();
        }
    }

    /// <summary>The latest spans with status Error, newest first.</summary>
    public IReadOnlyList<ErrorSpanRecord> RecentErrorSpans()
    {
        lock (_gate)
        {
            return _traces.Errors();
        }
    }

    /// <summary>The latest warning and error log records, newest first.</summary>
    public IReadOnlyList<LogEntry> RecentLogs()
    {
        lock (_gate)
        {
            return _logs.NewestFirst();
        }
    }

    /// <summary>
    /// gRPC methods as <c>service/method</c> when the instrumentation says so; otherwise the HTTP
    /// method and route template (never the raw path, which would make one route per id); else the span name.
    /// </summary>
    private static string RouteOf(Span span)
    {
        if (OtlpValues.Attribute(span.Attributes, "rpc.service") is { } rpcService
            && OtlpValues.Attribute(span.Attributes, "rpc.method") is { } rpcMethod)
        {
            return $"{rpcService}/{rpcMethod}";
        }

        if (OtlpValues.Attribute(span.Attributes, "http.route") is { Length: > 0 } route)
        {
            var method = OtlpValues.Attribute(span.Attributes, "http.request.method") ?? OtlpValues.Attribute(span.Attributes, "http.method");
            return method is null ? route : $"{method} {route}";
        }

        return span.Name;
    }

    private static LogEntry Describe(string service, string? category, LogRecord record, DateTimeOffset at) => new(
        at,
        service,
        record.SeverityText is { Length: > 0 } text ? text : record.SeverityNumber >= Severity.Error ? "Error" : "Warning",
        category,
        OtlpValues.Truncate(OtlpValues.Text(record.Body) ?? OtlpValues.Attribute(record.Attributes, "{OriginalFormat}")),
        OtlpValues.Attribute(record.Attributes, "exception.type"),
        OtlpValues.Truncate(OtlpValues.Attribute(record.Attributes, "exception.message")),
        record.TraceId.IsEmpty ? null : OtlpValues.Hex(record.TraceId));

    /// <summary>The service's figures; null once <see cref="MaxServices"/> names are known (a misconfigured sender cannot grow memory).</summary>
    private ServiceStats? Service(string name)
    {
        if (_services.TryGetValue(name, out var service))
        {
            return service;
        }

        if (_services.Count >= MaxServices)
        {
            return null;
        }

        service = new ServiceStats(name);
        _services[name] = service;
        return service;
    }
}
