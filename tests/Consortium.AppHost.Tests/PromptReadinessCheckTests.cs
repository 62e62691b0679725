using Consortium.AppHost;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Xunit;

namespace Consortium.AppHost.Tests;

/// <summary>
/// The app host's readiness checks report a starting resource ready at its first healthy answer,
/// without waiting for the orchestrator's next look, and once it has been ready report what one
/// probe says (ADR 38). No timing is asserted: what is counted is the probes asked.
/// </summary>
public sealed class PromptReadinessCheckTests
{
    private static readonly TimeSpan s_pause = TimeSpan.FromMilliseconds(1);
    private static readonly TimeSpan s_longPatience = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task A_starting_resource_is_reported_ready_by_the_check_during_which_it_becomes_ready()
    {
        var probe = new ScriptedProbe(HealthStatus.Unhealthy, HealthStatus.Unhealthy, HealthStatus.Degraded, HealthStatus.Healthy);
        var check = new PromptReadinessCheck(probe.AnswerAsync, s_pause, s_longPatience);

        var result = await check.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal(4, probe.Asked);
    }

    [Fact]
    public async Task A_resource_that_has_been_ready_is_asked_once_so_going_down_is_reported_at_once()
    {
        var probe = new ScriptedProbe(HealthStatus.Healthy, HealthStatus.Unhealthy, HealthStatus.Healthy);
        var check = new PromptReadinessCheck(probe.AnswerAsync, s_pause, s_longPatience);
        await check.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        var result = await check.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal(2, probe.Asked);
    }

    [Fact]
    public async Task A_resource_that_does_not_become_ready_is_reported_with_the_last_answer_after_the_patience()
    {
        var probe = new ScriptedProbe(HealthStatus.Unhealthy);
        var check = new PromptReadinessCheck(probe.AnswerAsync, s_pause, TimeSpan.FromMilliseconds(50));

        var result = await check.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal($"answer {probe.Asked}", result.Description);
        Assert.True(probe.Asked > 1, "the check asked again while it waited");
    }

    /// <summary>Answers the scripted statuses in turn, then the last one forever.</summary>
    private sealed class ScriptedProbe(params HealthStatus[] answers)
    {
        public int Asked { get; private set; }

        public Task<HealthCheckResult> AnswerAsync(CancellationToken cancellationToken)
        {
            var status = answers[Math.Min(Asked, answers.Length - 1)];
            Asked++;
            return Task.FromResult(new HealthCheckResult(status, $"answer {Asked}"));
        }
    }
}
