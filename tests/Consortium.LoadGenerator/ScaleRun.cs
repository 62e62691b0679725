using Consortium.Benchmarks.Population;
using Consortium.Contracts.Insights.V1;
using Consortium.LoadGenerator.Measuring;
using Consortium.LoadGenerator.Seeding;
using Consortium.Testing;

namespace Consortium.LoadGenerator;

/// <summary>Everything measured at one consortium size, on a fresh Insights (own database, vhost and key prefix).</summary>
public sealed record ScaleResult(
    int Districts,
    int Submissions,
    IReadOnlyList<IngestionPhase> Ingestion,
    Percentiles Freshness,
    IReadOnlyList<LatencyResult> Latencies,
    string LoadAverages);

/// <summary>Seeds one consortium size through the broker and measures freshness and latency on it.</summary>
public static class ScaleRun
{
    /// <summary>The peer group a district lead asks for: itself and its 20 most similar districts.</summary>
    private const int PeerCount = 20;

    public static async Task<ScaleResult> RunAsync(TestInfrastructure servers, LoadOptions options, int districtCount)
    {
        Progress.Say($"--- {districtCount:N0} districts ---");
        var loadBefore = LoadAverage();
        var events = new ConsortiumEvents(SyntheticConsortium.Districts(districtCount));
        await using var insights = await InsightsUnderLoad.StartAsync(servers);

        var ingestion = await new Ingestion(insights, events, options.Timeout, options.Revisions).RunAsync();

        // A district lead of a district that shared its own values (give to get), asking about the percentage target.
        var viewer = events.Submitters.First(d => d.Sharing == SyntheticSharing.Named);
        var lead = insights.LeadOf(viewer.Id);
        var latency = new Latency(insights, options.ScenarioBudget);
        var latencies = new List<LatencyResult>();
        foreach (var (scenario, scope) in new[]
        {
            ("all members", new ComparisonScope { AllMembers = new AllMembers() }),
            ($"{PeerCount} most similar peers", new ComparisonScope { SimilarPeers = new SimilarPeers { Count = PeerCount } }),
        })
        {
            var request = new CompareTargetRequest
            {
                CycleId = events.Cycle.CycleId.ToString(),
                TargetId = events.PercentageTarget.TargetId.ToString(),
                DistrictId = viewer.Id.ToString(),
                Scope = scope,
            };
            latencies.Add(await latency.RunAsync(scenario, lead, request, flushCache: false, options.Calls));
            latencies.Add(await latency.RunAsync(scenario, lead, request, flushCache: true, options.Calls));
        }

        // Last: each sample adds a submission, which would change what the latency runs compute.
        var freshness = await new Freshness(insights, events, options.Timeout).RunAsync(options.FreshnessSamples);
        Progress.Say($"freshness: p50 {freshness.P50:N0} ms, p95 {freshness.P95:N0} ms");

        return new ScaleResult(districtCount, events.Submitters.Count(), ingestion, freshness, latencies, $"{loadBefore} at the start, {LoadAverage()} at the end");
    }

    // Other work on the machine slows every figure; the report says how busy it was.
    private static string LoadAverage()
    {
        const string loadAverage = "/proc/loadavg";
        return File.Exists(loadAverage) ? string.Join(' ', File.ReadAllText(loadAverage).Split(' ').Take(3)) : "unknown";
    }
}
