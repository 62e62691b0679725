using Consortium.AppHost.Telemetry.Otlp;

namespace Consortium.AppHost.Telemetry;

/// <summary>
/// The latest traces (their root spans, with how many spans each has reached so far, from every
/// service) and the latest error spans. Spans of one trace arrive in separate batches from
/// several services, so each trace is counted by id; only the most recent ones are tracked.
/// Roots are entry points only (incoming requests and messages): background work such as the
/// outbox's database polling also starts traces, and would otherwise crowd them out.
/// </summary>
internal sealed class RecentTraces(int maxRoots, int maxErrors, int maxTracked)
{
    private readonly Dictionary<string, TraceEntry> _traces = new(StringComparer.Ordinal);
    private readonly Queue<string> _arrival = new();
    private readonly BoundedQueue<TraceEntry> _roots = new(maxRoots);
    private readonly BoundedQueue<ErrorSpanRecord> _errors = new(maxErrors);

    public void Add(string service, Span span)
    {
        var traceId = OtlpValues.Hex(span.TraceId);
        var trace = Track(traceId);
        var failed = span.Status?.Code == Status.Types.StatusCode.Error;
        trace.Spans++;
        trace.Errors += failed ? 1 : 0;
        if (trace.Services.Count < 64)
        {
            trace.Services.Add(service);
        }

        if (span.ParentSpanId.IsEmpty && IsEntryPoint(span.Kind) && trace.Root is null)
        {
            trace.Root = Describe(service, span);
            _roots.Add(trace);
        }

        if (failed)
        {
            var (start, _, name, kind, duration, message) = Describe(service, span);
            _errors.Add(new ErrorSpanRecord(start, traceId, OtlpValues.Hex(span.SpanId), service, name, kind, duration, message));
        }
    }

    public IReadOnlyList<TraceRecord> Traces() =>
        [.. _roots.NewestFirst().Select(trace => new TraceRecord(
            trace.Root!.Start, trace.Id, trace.Root.Service, trace.Root.Name, trace.Root.Kind, trace.Root.DurationMs,
            trace.Spans - 1, trace.Errors, [.. trace.Services.Order(StringComparer.Ordinal)], trace.Root.StatusMessage))];

    public IReadOnlyList<ErrorSpanRecord> Errors() => _errors.NewestFirst();

    private static bool IsEntryPoint(Span.Types.SpanKind kind) =>
        kind is Span.Types.SpanKind.Server or Span.Types.SpanKind.Consumer or Span.Types.SpanKind.Producer;

    private static RootSpan Describe(string service, Span span) => new(
        OtlpValues.Time(span.StartTimeUnixNano),
        service,
        span.Name,
        span.Kind.ToString().ToLowerInvariant(),
        Math.Round(OtlpValues.Milliseconds(span.StartTimeUnixNano, span.EndTimeUnixNano), 2),
        OtlpValues.Truncate(span.Status?.Message is { Length: > 0 } message ? message : null));

    private TraceEntry Track(string traceId)
    {
        if (_traces.TryGetValue(traceId, out var trace))
        {
            return trace;
        }

        trace = new TraceEntry(traceId);
        _traces[traceId] = trace;
        _arrival.Enqueue(traceId);
        if (_arrival.Count > maxTracked)
        {
            _traces.Remove(_arrival.Dequeue());
        }

        return trace;
    }

    private sealed record RootSpan(DateTimeOffset Start, string Service, string Name, string Kind, double DurationMs, string? StatusMessage);

    private sealed class TraceEntry(string id)
    {
        public string Id { get; } = id;

        public int Spans { get; set; }

        public int Errors { get; set; }

        public HashSet<string> Services { get; } = new(StringComparer.Ordinal);

        public RootSpan? Root { get; set; }
    }
}
