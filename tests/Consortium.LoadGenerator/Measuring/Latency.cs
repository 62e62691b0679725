using System.Diagnostics;
using Consortium.Contracts.Insights.V1;

namespace Consortium.LoadGenerator.Measuring;

/// <summary>
/// CompareTarget latency over gRPC, one call at a time (the service's own cost, not a queue):
/// with the answer cache warm, and with every cached answer dropped before each call (untimed),
/// so the call computes from the precomputed read model. A scenario stops at <c>calls</c> calls or
/// when its time budget is spent (but not before <see cref="MinimumCalls"/>), so a slow scenario
/// cannot hold the run for hours; the report gives the number of calls behind each figure.
/// </summary>
public sealed class Latency(InsightsUnderLoad insights, TimeSpan budget)
{
    private const int WarmUpCalls = 5;
    private const int MinimumCalls = 50;

    public async Task<LatencyResult> RunAsync(
        string scenario, InsightsService.InsightsServiceClient client, CompareTargetRequest request, bool flushCache, int calls)
    {
        var spent = Stopwatch.StartNew();
        for (var i = 0; i < WarmUpCalls; i++)
        {
            await client.CompareTargetAsync(request);
        }

        var samples = new List<TimeSpan>(calls);
        CompareTargetResponse? last = null;
        for (var i = 0; i < calls && (i < MinimumCalls || spent.Elapsed < budget); i++)
        {
            if (flushCache)
            {
                await insights.FlushAnswerCacheAsync();
            }

            var clock = Stopwatch.StartNew();
            last = await client.CompareTargetAsync(request);
            samples.Add(clock.Elapsed);
        }

        // A suppressed answer is cheaper than a real one; the report must say which was timed.
        var outcome = last!.Figures is { } figures
            ? $"n = {figures.DistrictCount:N0}, {last.Rows.Count} rows"
            : $"suppressed ({last.Suppression?.Reason})";
        var result = new LatencyResult(scenario, flushCache, Percentiles.Of(samples), outcome);
        Progress.Say($"{scenario}, cache {(flushCache ? "flushed" : "warm")}: p50 {result.Percentiles.P50:N2} ms, p95 {result.Percentiles.P95:N2} ms over {samples.Count} calls ({outcome})");
        return result;
    }
}

/// <summary>The latencies of one scenario and what its answers held.</summary>
public sealed record LatencyResult(string Scenario, bool CacheFlushed, Percentiles Percentiles, string Outcome);
