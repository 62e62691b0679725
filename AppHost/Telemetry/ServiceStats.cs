using Consortium.AppHost.Telemetry.Otlp;

namespace Consortium.AppHost.Telemetry;

/// <summary>One service's running figures; every collection in it has a fixed upper size.</summary>
internal sealed class ServiceStats(string name)
{
    private const int MaxRoutes = 100;
    private const string OtherRoutes = "(other routes)";
    private const int RecentDurations = 1024;
    private const int MaxCounterSeries = 512;

    private readonly Dictionary<string, RouteStats> _routes = new(StringComparer.Ordinal);
    private readonly DurationWindow _durations = new(RecentDurations);
    private readonly RateWindow _rate = new();
    private readonly CounterTotals _counters = new(MaxCounterSeries);
    private DateTimeOffset _lastSeen;
    private long _spans;
    private long _requests;
    private long _requestErrors;
    private long _warnings;
    private long _errors;

    public void Seen(DateTimeOffset at) => _lastSeen = at > _lastSeen ? at : _lastSeen;

    public void AddSpan() => _spans++;

    public void AddServerSpan(string route, double milliseconds, bool failed, DateTimeOffset end)
    {
        _requests++;
        _requestErrors += failed ? 1 : 0;
        _durations.Add(milliseconds);
        _rate.Add(end);
        if (!_routes.TryGetValue(route, out var stats))
        {
            route = _routes.Count < MaxRoutes - 1 ? route : OtherRoutes;
            stats = _routes.TryGetValue(route, out var other) ? other : _routes[route] = new RouteStats();
        }

        stats.Add(milliseconds, failed);
    }

    public void AddCounter(string metric, string? instance, Sum sum) => _counters.Add(metric, instance, sum);

    public void AddLog(int severityNumber)
    {
        if (severityNumber >= Severity.Error)
        {
            _errors++;
        }
        else if (severityNumber >= Severity.Warning)
        {
            _warnings++;
        }
    }

    public ServiceSummary Summarize(DateTimeOffset now)
    {
        var (p50, p95) = _durations.Percentiles();
        var routes = _routes
            .Select(route => route.Value.Summarize(route.Key))
            .OrderByDescending(route => route.Requests)
            .ThenBy(route => route.Route, StringComparer.Ordinal)
            .ToList();
        var messages = new MessagingSummary(
            Whole(_counters.Total(MessagingCounters.Consumed)),
            Whole(_counters.Total(MessagingCounters.ConsumeErrors)),
            Whole(_counters.Total(MessagingCounters.Published)),
            Whole(_counters.Total(MessagingCounters.PublishErrors)));
        return new ServiceSummary(
            name, _lastSeen, _spans, _requests, _requestErrors, Math.Round(_rate.PerSecond(now), 2),
            Round(p50), Round(p95), routes, messages, _warnings, _errors, _counters.All());
    }

    private static long Whole(double value) => (long)Math.Round(value);

    private static double? Round(double? milliseconds) => milliseconds is { } value ? Math.Round(value, 2) : null;

    private sealed class RouteStats
    {
        private readonly DurationWindow _durations = new(256);
        private long _requests;
        private long _errors;

        public void Add(double milliseconds, bool failed)
        {
            _requests++;
            _errors += failed ? 1 : 0;
            _durations.Add(milliseconds);
        }

        public RouteSummary Summarize(string route)
        {
            var (p50, p95) = _durations.Percentiles();
            return new RouteSummary(route, _requests, _errors, Round(p50), Round(p95));
        }
    }
}

/// <summary>The OTLP SeverityNumber ranges (13-16 warn, 17-24 error and fatal).</summary>
internal static class Severity
{
    public const int Warning = 13;
    public const int Error = 17;
}

/// <summary>
/// The counters whose totals the summary shows. MassTransit counts a publish as a send; the
/// platform's own <c>consortium.*</c> counters (outbox, inbox) are kept too, under their names.
/// MassTransit's <c>*.active</c> instruments say how many are in progress, not how many happened:
/// they are not totals, so they are left out.
/// </summary>
internal static class MessagingCounters
{
    public const string Consumed = "messaging.masstransit.consume";
    public const string ConsumeErrors = "messaging.masstransit.consume.errors";
    public const string Published = "messaging.masstransit.send";
    public const string PublishErrors = "messaging.masstransit.send.errors";

    public static bool IsKept(string metric) =>
        (metric.StartsWith("messaging.masstransit.", StringComparison.Ordinal) || metric.StartsWith("consortium.", StringComparison.Ordinal))
        && !metric.EndsWith(".active", StringComparison.Ordinal);
}
