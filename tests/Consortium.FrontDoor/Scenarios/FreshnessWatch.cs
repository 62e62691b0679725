using System.Collections.Concurrent;
using System.Diagnostics;
using Consortium.Contracts.Insights.V1;
using Consortium.FrontDoor.Callers;
using Consortium.FrontDoor.Measuring;
using Consortium.FrontDoor.Seeding;
using Grpc.Core;

namespace Consortium.FrontDoor.Scenarios;

/// <summary>
/// Freshness, accepted → visible in a comparison, seen by one observer: consortium staff asking for
/// the rush target's all-members comparison every <see cref="s_interval"/> and reading how many
/// districts' values it covers. The n-th acceptance counts as visible when the comparison covers n
/// more districts than before the rush (acceptances are projected in about the order they were
/// made). One observer, not one poller per acceptance: pollers at every acceptance were themselves
/// most of Insights' load during the rush, and made the lag they measured.
/// </summary>
internal sealed class FreshnessWatch(FrontDoorClients clients, BenchmarkCycle cycle, OperationStats freshness)
{
    private static readonly TimeSpan s_interval = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan s_patience = TimeSpan.FromMinutes(2);
    private readonly ConcurrentQueue<long> _accepted = new();
    private int _baseline;

    /// <summary>How many districts the comparison covers before the rush.</summary>
    public async Task StartAsync(CancellationToken cancellationToken) => _baseline = await CoveredAsync(cancellationToken);

    /// <summary>An acceptance's reply arrived at <paramref name="acceptedAt"/> (a <see cref="Stopwatch"/> timestamp).</summary>
    public void Accepted(long acceptedAt) => _accepted.Enqueue(acceptedAt);

    /// <summary>Watches until every acceptance so far is visible, or <paramref name="writing"/> has ended and patience ran out.</summary>
    public async Task WatchAsync(Task writing, CancellationToken cancellationToken)
    {
        var seen = 0;
        var lastProgress = Stopwatch.GetTimestamp();
        while (!writing.IsCompleted || !_accepted.IsEmpty)
        {
            var covered = await CoveredAsync(cancellationToken) - _baseline;
            var now = Stopwatch.GetTimestamp();
            while (seen < covered && _accepted.TryDequeue(out var acceptedAt))
            {
                freshness.Record(Stopwatch.GetElapsedTime(acceptedAt, now));
                seen++;
                lastProgress = now;
            }

            if (writing.IsCompleted && Stopwatch.GetElapsedTime(lastProgress) > s_patience)
            {
                while (_accepted.TryDequeue(out _))
                {
                    freshness.RecordError("not visible within 2 minutes");
                }

                return;
            }

            await Task.Delay(s_interval, cancellationToken);
        }
    }

    private async Task<int> CoveredAsync(CancellationToken cancellationToken)
    {
        try
        {
            var answer = await clients.Insights.CompareTargetAsync(
                new CompareTargetRequest { CycleId = cycle.CycleId, TargetId = cycle.RushTargetId, Scope = Readers.AllMembers(), PageSize = 1 },
                await clients.StaffAsync(cancellationToken),
                cancellationToken: cancellationToken);
            return answer.Figures?.DistrictCount ?? 0;
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
        {
            return 0;
        }
    }
}
