using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Consortium.ServiceDefaults.Outages;

/// <summary>
/// Logs an outage of a server once: a warning when the first failure is seen, information when
/// the first success after it is seen (with how long it lasted). Everything in between — every
/// refused call, every retry of the outbox or a consumer — is counted, not logged, so an operator
/// reads two lines per outage instead of eighty errors per 30 s.
/// </summary>
public sealed partial class OutageLog(ILogger<OutageLog> logger, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Outage> _current = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="server"/> is currently believed unreachable.</summary>
    public bool IsDown(string server) => _current.ContainsKey(server);

    /// <summary>Records a failure to reach <paramref name="server"/>; logs only the first of an outage.</summary>
    public void Failed(string server, Exception exception)
    {
        var outage = _current.GetOrAdd(server, _ => new Outage(time.GetUtcNow()));
        if (Interlocked.Increment(ref outage.Failures) == 1)
        {
            // The exception's type and message only: a stack trace says nothing about a server that is down.
            LogOutageStarted(logger, server, exception.GetType().Name, exception.GetBaseException().Message);
        }
    }

    /// <summary>Records that <paramref name="server"/> answered; ends its outage if there was one.</summary>
    public void Succeeded(string server)
    {
        if (!_current.IsEmpty && _current.TryRemove(server, out var outage))
        {
            LogOutageEnded(logger, server, time.GetUtcNow() - outage.Since, outage.Failures);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Server} is unreachable; callers get UNAVAILABLE and background work waits until it is back ({ExceptionType}: {Reason})")]
    private static partial void LogOutageStarted(ILogger logger, string server, string exceptionType, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Server} is reachable again after {Duration} ({Failures} failed attempts meanwhile)")]
    private static partial void LogOutageEnded(ILogger logger, string server, TimeSpan duration, int failures);

    private sealed class Outage(DateTimeOffset since)
    {
        public readonly DateTimeOffset Since = since;
        public int Failures;
    }
}
