using System.Diagnostics;
using Xunit;

namespace Consortium.AppHost.Tests.Faults;

/// <summary>
/// The fault suite (issue 13): the real app host under a steady mixed load, then one at a time a
/// SIGKILL of PostgreSQL, RabbitMQ, Redis and each service, which the app host's supervision must
/// start again by itself. Throughout, a caller gets only OK or UNAVAILABLE; afterwards every
/// accepted write is readable exactly once where it was made, and Insights (which learns only from
/// events) converges within a bound to exactly what was accepted: the latest value of every
/// profile changed before, during or after the outage (through its cache: no stale answer) and
/// every leader counted once (no event applied twice). Prints per fault the outage clients saw,
/// the recovery and the counts.
/// <para>
/// It starts a platform of its own (without the demo: the districts it needs take seconds to
/// make), so its kills disturb no other test; the assembly runs one test at a time.
/// </para>
/// </summary>
[Collection(FaultSuiteCollection.Name)]
public sealed class FaultSuiteTests
{
    /// <summary>The order of the kills: servers first, then every service.</summary>
    public static readonly string[] Faults = [.. RunningPlatform.Servers, .. RunningPlatform.Services];

    // Load before the kill, so the outage is measured against a platform that was answering.
    private static readonly TimeSpan s_steadyBefore = TimeSpan.FromSeconds(2);

    // Load after every kind of call is served again, so writes made after recovery are checked too.
    private static readonly TimeSpan s_steadyAfter = TimeSpan.FromSeconds(2);

    // From the kill until the resource runs healthy again and every kind of call succeeds (RabbitMQ
    // took 40 s to start on a machine loaded far beyond its cores).
    private static readonly TimeSpan s_recoveryBound = TimeSpan.FromMinutes(3);

    // From the load's stop until Insights shows exactly what was accepted.
    private static readonly TimeSpan s_convergenceBound = TimeSpan.FromSeconds(30);

    // Its own collection, and the assembly runs one test at a time: never beside another end-to-end
    // test. Alone: `dotnet tests/Consortium.AppHost.Tests/bin/Release/net10.0/Consortium.AppHost.Tests.dll
    // -class Consortium.AppHost.Tests.Faults.FaultSuiteTests -showliveoutput` (under the app host lock).
    [Fact]
    public async Task Every_server_and_service_killed_under_load_loses_nothing_applies_nothing_twice_and_answers_only_ok_or_unavailable()
    {
        var output = TestContext.Current.TestOutputHelper;
        var stateDirectory = Directory.CreateTempSubdirectory("consortium-faults-").FullName;
        try
        {
            var clock = Stopwatch.StartNew();
            await using var platform = await RunningPlatform.StartAsync(stateDirectory, loadDemo: false);
            output?.WriteLine($"platform started in {clock.Elapsed.TotalSeconds:0} s");
            var consortium = await FaultConsortium.SeedAsync(platform, s_convergenceBound);
            output?.WriteLine($"seeded {consortium.DistrictIds.Count} districts at {clock.Elapsed.TotalSeconds:0} s");

            var outcomes = new List<FaultOutcome>();
            foreach (var resource in Faults)
            {
                var outcome = await InjectAsync(platform, consortium, resource);
                output?.WriteLine(outcome.Describe());
                outcomes.Add(outcome);
            }

            output?.WriteLine($"fault suite done in {clock.Elapsed.TotalSeconds:0} s; {consortium.AcceptedLeaders} leaders enrolled");
            var dishonest = outcomes.SelectMany(outcome => outcome.Dishonest.Select(call => $"{outcome.Resource}: {call.Name} {call.Status} \"{call.Detail}\"")).ToList();
            Assert.True(dishonest.Count == 0, $"Calls answered with neither OK nor UNAVAILABLE:\n{string.Join('\n', dishonest.Take(20))}");
            await platform.StopAsync();
        }
        finally
        {
            DeleteQuietly(stateDirectory);
        }
    }

    private static async Task<FaultOutcome> InjectAsync(RunningPlatform platform, FaultConsortium consortium, string resource)
    {
        var log = new CallLog();
        var loadStarted = DateTimeOffset.UtcNow;
        var load = MixedLoad.Start(consortium, log);
        DateTimeOffset killedAt, restartedAt, healthyAt, servedAgainAt;
        try
        {
            await Task.Delay(s_steadyBefore, TestContext.Current.CancellationToken);
            var orchestrated = await platform.ProcessIdAsync(resource);
            killedAt = DateTimeOffset.UtcNow;
            ProcessKiller.Kill(resource, orchestrated);

            // Supervision, not the test, starts it again: a new process, then healthy, then serving.
            await Eventually.TrueAsync(
                async () => await platform.ProcessIdAsync(resource).WaitAsync(s_recoveryBound) != orchestrated,
                s_recoveryBound,
                $"{resource} to be started again after SIGKILL");
            restartedAt = DateTimeOffset.UtcNow;
            // The health the orchestrator reports can still be the old process's for a few seconds;
            // what counts is that clients are served again.
            await platform.Notifications.WaitForResourceHealthyAsync(resource, TestContext.Current.CancellationToken).WaitAsync(s_recoveryBound);
            healthyAt = DateTimeOffset.UtcNow;
            await Eventually.TrueAsync(
                () => Task.FromResult(log.AllSucceededSince(MixedLoad.CallNames, restartedAt)),
                s_recoveryBound,
                $"every kind of call to succeed again after {resource} was killed");
            servedAgainAt = log.ServedAgainAt(MixedLoad.CallNames, restartedAt);
            await Task.Delay(s_steadyAfter, TestContext.Current.CancellationToken);
        }
        finally
        {
            await load.StopAsync();
        }

        await consortium.AssertAcceptedWritesAreReadableAsync();
        var convergence = await consortium.AssertReadModelsConvergeAsync(s_convergenceBound);
        return new FaultOutcome(resource, killedAt, restartedAt, healthyAt, servedAgainAt, convergence, log.Between(loadStarted, DateTimeOffset.UtcNow));
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A server's file still being closed; the temporary folder is left to the OS.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
