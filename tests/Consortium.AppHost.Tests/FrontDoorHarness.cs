using Consortium.FrontDoor;
using Consortium.FrontDoor.Measuring;
using Consortium.FrontDoor.Platform;
using Consortium.FrontDoor.Reporting;
using Consortium.FrontDoor.Scenarios;
using Xunit;

namespace Consortium.AppHost.Tests;

/// <summary>
/// The front-door load generator (tests/Consortium.FrontDoor, scripts/bench.sh --front-door) run
/// on a tiny data set for a few seconds against a platform a test already started: it proves the
/// harness works end to end (tokens from the identity service, every scenario answered, every
/// rush acceptance seen in a comparison, the baselines measured, a report written), not how fast.
/// </summary>
internal static class FrontDoorHarness
{
    public static async Task AssertItRunsAsync(RunningPlatform platform)
    {
        var addresses = new PlatformAddresses(
            platform.StateDirectory,
            platform.Endpoint(ResourceNames.Identity, "http"),
            platform.Endpoint(ResourceNames.Identity, "grpc"),
            platform.Endpoint(ResourceNames.Districts, "grpc"),
            platform.Endpoint(ResourceNames.Topics, "grpc"),
            platform.Endpoint(ResourceNames.Submissions, "grpc"),
            platform.Endpoint(ResourceNames.Insights, "grpc"));
        var settings = new ScenarioSettings(TimeSpan.FromSeconds(2), Readers: 2, Writers: 2, WritingDistricts: 2);
        using var log = new StringWriter();
        var results = await FrontDoorRun.RunAsync(addresses, [15], seed: 7, settings, log, TestContext.Current.CancellationToken);

        var result = Assert.Single(results);
        foreach (var (scenario, operations) in result.Scenarios)
        {
            foreach (var stats in operations)
            {
                Assert.True(stats.Count > 0, $"{scenario} / {stats.Name}: no call completed.\n{log}");
                Assert.True(stats.ErrorCount == 0, $"{scenario} / {stats.Name}: {string.Join(", ", stats.Errors)}\n{log}");
            }
        }

        // 15 districts: indices 4, 9 and 14 submit in the rush; each acceptance was seen.
        Assert.Equal(3, result.Find(ScaleRun.Rush, "accept (staff)").Count);
        Assert.Equal(3, result.Find(ScaleRun.Rush, Writers.FreshnessName).Count);
        Assert.True(result.PgbenchInsertsPerSecond > 0, $"pgbench measured nothing.\n{log}");
        Assert.True(result.RedisGetsPerSecond > 0, $"redis-benchmark measured nothing.\n{log}");
        // The platform's PostgreSQL keeps statement statistics, and each scenario's costliest are
        // its own: the submit path's writes show in the submissions database.
        Assert.All(result.Scenarios, scenario => Assert.NotEmpty(result.CostliestStatements.GetValueOrDefault(scenario.Scenario, [])));
        Assert.Contains(result.CostliestStatements[ScaleRun.SubmitScenario], statement => statement.Database == ResourceNames.SubmissionsDb);

        // Where the cores went: the services that served the scenario are among the busy processes,
        // and the shares add up to no more than the machine (processes that ended meanwhile and
        // interrupt time are not attributed, so less is possible).
        Assert.All(result.Scenarios, scenario =>
        {
            var shares = result.CoreShares[scenario.Scenario];
            Assert.Contains(shares, share => share.Process == "Consortium.Insights" && share.Cores > 0);
            Assert.InRange(shares.Sum(share => share.Cores), CoreShares.MachineCores() * 0.5, CoreShares.MachineCores() * 1.1);
        });
        Assert.Contains(result.CoreShares[ScaleRun.SubmitScenario], share => share.Process == "Consortium.Submissions" && share.Cores > 0);

        var report = FrontDoorReport.Write(FrontDoorOptions.Parse(["--sizes", "15"]), results, platform: null, "-", "-", DateTimeOffset.UtcNow);
        Assert.Contains("## 15 districts", report, StringComparison.Ordinal);
        Assert.Contains("submit path (save draft + submit) / pgbench", report, StringComparison.Ordinal);
        Assert.Contains("Where PostgreSQL's time went", report, StringComparison.Ordinal);
        Assert.Contains("cores went, per scenario", report, StringComparison.Ordinal);
    }
}
