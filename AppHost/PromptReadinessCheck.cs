using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Consortium.AppHost;

/// <summary>
/// A resource's health check that notices the resource's readiness when it happens, not at the
/// orchestrator's next look. Aspire looks again at a resource that is not healthy yet after 1, 2,
/// 3, 4 and then every 5 seconds: a server ready just after a look is noticed up to 5 s late, and
/// everything waiting for it waits as long. The start is a chain of such waits (broker, identity
/// service, services, Web), and at each link both cores idled for seconds (ADR 38). So, until the
/// resource has first been healthy, one check keeps asking every <c>pause</c> (200 ms) for up to
/// <c>patience</c> (10 s) and reports the first healthy answer at once; a Degraded answer is not
/// ready either. Once the resource has been healthy, a check asks once, so a resource that goes
/// down is reported at the next look.
/// </summary>
internal sealed class PromptReadinessCheck(Func<CancellationToken, Task<HealthCheckResult>> probe, TimeSpan pause, TimeSpan patience) : IHealthCheck
{
    public PromptReadinessCheck(Func<CancellationToken, Task<HealthCheckResult>> probe)
        : this(probe, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10))
    {
    }

    private volatile bool _wasHealthy;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var result = await probe(cancellationToken);
        if (_wasHealthy)
        {
            return result;
        }

        // Elapsed time, not the wall clock: a clock set back must not stretch the patience.
        var started = Stopwatch.GetTimestamp();
        while (result.Status != HealthStatus.Healthy && Stopwatch.GetElapsedTime(started) < patience)
        {
            await Task.Delay(pause, cancellationToken);
            result = await probe(cancellationToken);
        }

        _wasHealthy = result.Status == HealthStatus.Healthy;
        return result;
    }
}

internal static class PromptReadinessCheckExtensions
{
    /// <summary>Registers <paramref name="probe"/> as a prompt readiness check named <paramref name="key"/>, for <c>WithHealthCheck(key)</c>.</summary>
    public static string AddPromptReadinessCheck(this IDistributedApplicationBuilder builder, string key, Func<CancellationToken, Task<HealthCheckResult>> probe)
    {
        builder.Services.AddHealthChecks().AddCheck(key, new PromptReadinessCheck(probe));
        return key;
    }
}
