using Microsoft.Extensions.Options;

namespace Consortium.Insights.Projections;

/// <summary>Configuration section <c>Insights:Rebuild</c>.</summary>
public sealed class ReadModelRebuildOptions
{
    public const string SectionName = "Insights:Rebuild";

    /// <summary>How often the full rebuild runs (default daily); zero turns it off.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);
}

/// <summary>
/// Runs <see cref="ReadModelRebuild"/> every <see cref="ReadModelRebuildOptions.Interval"/>, the
/// first time one interval after start. A correction means the incremental projection drifted
/// (a bug, or rows changed by hand): it is logged as a warning with the count, and fixed.
/// </summary>
public sealed partial class PeriodicRebuild(
    IServiceScopeFactory scopes, IOptions<ReadModelRebuildOptions> options, TimeProvider time, ILogger<PeriodicRebuild> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.Interval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var corrected = await scope.ServiceProvider.GetRequiredService<ReadModelRebuild>().RunAsync(stoppingToken);
                if (corrected > 0)
                {
                    LogDrift(logger, corrected);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The next interval tries again; the consumers keep the read model meanwhile.
                LogFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The read model's full rebuild corrected {Count} contributions the incremental projection had wrong")]
    private static partial void LogDrift(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The read model's full rebuild failed; it runs again after the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
