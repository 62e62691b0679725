using System.Globalization;
using Grpc.Core;

namespace Consortium.AppHost.Tests.Faults;

/// <summary>
/// What one fault looked like from outside: when the process was killed, the outage clients saw
/// (first failed call to the end of the last one), when supervision had started a new process and
/// every kind of call had succeeded again, how long the read models took to converge afterwards, and
/// the calls the load made meanwhile.
/// </summary>
internal sealed record FaultOutcome(
    string Resource,
    DateTimeOffset KilledAt,
    DateTimeOffset RestartedAt,
    DateTimeOffset HealthyAt,
    DateTimeOffset ServedAgainAt,
    TimeSpan Convergence,
    IReadOnlyList<CallRecord> Calls)
{
    /// <summary>Calls answered with anything but OK or UNAVAILABLE: errors the platform must not give, outage or not.</summary>
    public IReadOnlyList<CallRecord> Dishonest => [.. Calls.Where(call => call.Status is not (StatusCode.OK or StatusCode.Unavailable))];

    public string Describe()
    {
        var failed = Calls.Where(call => call.Failed).ToList();
        var outage = failed.Count == 0
            ? "no failed call"
            : $"{Seconds(failed.Max(call => call.Ended) - failed.Min(call => call.Started))} s (first failed call {Offset(failed.Min(call => call.Started))}, last {Offset(failed.Max(call => call.Ended))})";
        return string.Create(CultureInfo.InvariantCulture, $"""
            {Resource}: SIGKILL at 0 s
              outage seen by clients: {outage}
              recovery: a new process at {Offset(RestartedAt)}, healthy at {Offset(HealthyAt)}, every kind of call served again at {Offset(ServedAgainAt)}; read models converged {Seconds(Convergence)} s after the load stopped
              writes: {Count(CallKind.Write, StatusCode.OK)} ok, {Count(CallKind.Write, StatusCode.Unavailable)} unavailable; reads: {Count(CallKind.Read, StatusCode.OK)} ok, {Count(CallKind.Read, StatusCode.Unavailable)} unavailable; other statuses: {Dishonest.Count}{string.Concat(Dishonest.Take(5).Select(call => $"\n    {call.Name} at {Offset(call.Started)}: {call.Status} \"{call.Detail}\""))}
            """);
    }

    private int Count(CallKind kind, StatusCode status) => Calls.Count(call => call.Kind == kind && call.Status == status);

    private string Offset(DateTimeOffset moment) => $"{(moment < KilledAt ? "-" : "+")}{Seconds((moment - KilledAt).Duration())} s";

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
}
