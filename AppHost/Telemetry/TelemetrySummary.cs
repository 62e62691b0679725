namespace Consortium.AppHost.Telemetry;

/// <summary>What <c>.state/telemetry.json</c> holds: one summary per service that reported telemetry.</summary>
public sealed record TelemetrySummary(DateTimeOffset GeneratedAt, IReadOnlyList<ServiceSummary> Services)
{
    /// <summary>Where services send their telemetry (the AppHost's receiver).</summary>
    public string? Receiver { get; init; }
}

/// <summary>
/// One service's telemetry since the AppHost started. Requests are its server spans (incoming HTTP
/// and gRPC calls; health probes are not traced); an error is a span whose status is Error.
/// Durations are percentiles over its most recent requests.
/// </summary>
public sealed record ServiceSummary(
    string Name,
    DateTimeOffset LastSeen,
    long Spans,
    long Requests,
    long RequestErrors,
    double RequestsPerSecond,
    double? P50Ms,
    double? P95Ms,
    IReadOnlyList<RouteSummary> Routes,
    MessagingSummary Messages,
    long WarningLogs,
    long ErrorLogs,
    IReadOnlyDictionary<string, double> Counters);

/// <summary>Requests to one route or RPC method.</summary>
public sealed record RouteSummary(string Route, long Requests, long Errors, double? P50Ms, double? P95Ms);

/// <summary>Integration events, from MassTransit's counters.</summary>
public sealed record MessagingSummary(long Consumed, long ConsumeErrors, long Published, long PublishErrors);

/// <summary>A recent root span (an incoming request or message that started a trace), as <c>traces.jsonl</c> lists it.</summary>
public sealed record TraceRecord(
    DateTimeOffset Start,
    string TraceId,
    string Service,
    string Name,
    string Kind,
    double DurationMs,
    int ChildSpans,
    int ErrorSpans,
    IReadOnlyList<string> Services,
    string? StatusMessage)
{
    public string Type { get; } = "trace";
}

/// <summary>A recent span whose status is Error, as <c>traces.jsonl</c> lists it.</summary>
public sealed record ErrorSpanRecord(
    DateTimeOffset Start,
    string TraceId,
    string SpanId,
    string Service,
    string Name,
    string Kind,
    double DurationMs,
    string? StatusMessage)
{
    public string Type { get; } = "error";
}

/// <summary>A recent warning or error log record, as <c>logs.jsonl</c> lists it.</summary>
public sealed record LogEntry(
    DateTimeOffset Time,
    string Service,
    string Severity,
    string? Category,
    string? Message,
    string? ExceptionType,
    string? ExceptionMessage,
    string? TraceId);
