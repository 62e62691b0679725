using Microsoft.Extensions.Options;

namespace Consortium.Topics.Scheduling;

/// <summary>
/// Opens and closes submission windows at their times, every
/// <see cref="CycleSchedulerOptions.Interval"/>. A failed pass (database down, a concurrent
/// staff command) is logged and simply retried at the next tick.
/// </summary>
public sealed partial class CycleScheduler(IServiceProvider services, IOptions<CycleSchedulerOptions> options, ILogger<CycleScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval);
        do
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<CycleWindow>().AdvanceAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogPassFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Opening and closing due cycles failed; retrying at the next tick")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
