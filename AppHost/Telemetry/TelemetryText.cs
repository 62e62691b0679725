using System.Globalization;
using System.Text;

namespace Consortium.AppHost.Telemetry;

/// <summary>How telemetry reads on a console: one compact line per service, and short lists.</summary>
public static class TelemetryText
{
    /// <summary>E.g. <c>1.25 req/s, 812 requests, 4 errors, p50 3.1 ms, p95 18 ms; events 40 in, 38 out; logs 0 errors, 3 warnings</c>.</summary>
    public static string Line(ServiceSummary service)
    {
        var line = new StringBuilder();
        line.Append(Invariant($"{service.RequestsPerSecond:0.##} req/s, {service.Requests} requests, {service.RequestErrors} errors"));
        if (service.P50Ms is { } p50 && service.P95Ms is { } p95)
        {
            line.Append(Invariant($", p50 {Ms(p50)}, p95 {Ms(p95)}"));
        }

        var messages = service.Messages;
        line.Append(Invariant($"; events {messages.Consumed} in, {messages.Published} out"));
        if (messages.ConsumeErrors + messages.PublishErrors > 0)
        {
            line.Append(Invariant($" ({messages.ConsumeErrors + messages.PublishErrors} failed)"));
        }

        line.Append(Invariant($"; logs {service.ErrorLogs} errors, {service.WarningLogs} warnings"));
        return line.ToString();
    }

    public static string Route(RouteSummary route) =>
        Invariant($"{route.Requests,8} {route.Errors,6} {(route.P50Ms is { } p50 ? Ms(p50) : "-"),10} {(route.P95Ms is { } p95 ? Ms(p95) : "-"),10}  {route.Route}");

    public static string RouteHeader => Invariant($"{"requests",8} {"errors",6} {"p50",10} {"p95",10}  route / rpc");

    public static string ErrorSpan(ErrorSpanRecord span) =>
        Invariant($"{span.Start:HH:mm:ss} {span.Service,-12} {span.Name} ({Ms(span.DurationMs)}): {span.StatusMessage ?? "error"}  trace {span.TraceId}");

    public static string Log(LogEntry log) =>
        Invariant($"{log.Time:HH:mm:ss} {log.Service,-12} {log.Severity,-8} {log.Category}: {log.Message}")
        + (log.ExceptionType is null ? string.Empty : $" [{log.ExceptionType}: {log.ExceptionMessage}]");

    public static string Trace(TraceRecord trace) =>
        Invariant($"{trace.Start:HH:mm:ss} {trace.Service,-12} {trace.Name} {Ms(trace.DurationMs)}, {trace.ChildSpans} child spans")
        + (trace.ErrorSpans > 0 ? Invariant($", {trace.ErrorSpans} errors") : string.Empty);

    private static string Ms(double milliseconds) => milliseconds.ToString(milliseconds < 10 ? "0.##" : "0", CultureInfo.InvariantCulture) + " ms";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
