using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Consortium.AppHost;

/// <summary>Marks a resource whose process is started again when it dies unasked (not after a stop, not with exit code 0).</summary>
internal sealed class RestartOnCrashAnnotation : IResourceAnnotation;

internal static class CrashRestartExtensions
{
    /// <summary>
    /// Starts the resource again when its process exits with a failure while the app host runs (a
    /// crash, an out-of-memory kill), as a service manager would: after a pause that doubles with
    /// each crash in a row, up to a minute. A clean exit (a stop from the dashboard) is left alone.
    /// </summary>
    public static IResourceBuilder<T> WithRestartOnCrash<T>(this IResourceBuilder<T> resource)
        where T : IResource
    {
        resource.ApplicationBuilder.Services.AddHostedService<CrashRestarter>();
        return resource.WithAnnotation(new RestartOnCrashAnnotation(), ResourceAnnotationMutationBehavior.Replace);
    }
}

/// <summary>Watches resource states and restarts crashed resources that asked for it.</summary>
internal sealed class CrashRestarter(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    IHostApplicationLifetime lifetime,
    ILogger<CrashRestarter> logger) : BackgroundService
{
    private static readonly TimeSpan s_firstPause = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_longestPause = TimeSpan.FromMinutes(1);

    // A resource that ran this long without crashing starts counting its crashes afresh.
    private static readonly TimeSpan s_stableAfter = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<string, CrashHistory> _histories = new(StringComparer.Ordinal);

    // The state each resource was in before its latest update: an end that follows "Stopping" was asked for.
    private readonly ConcurrentDictionary<string, string?> _previousStates = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var update in notifications.WatchAsync(stoppingToken))
        {
            var previousState = _previousStates.GetValueOrDefault(update.ResourceId);
            _previousStates[update.ResourceId] = update.Snapshot.State?.Text;
            if (update.Resource.HasAnnotationOfType<RestartOnCrashAnnotation>()
                && HasEnded(update.Snapshot)
                && previousState != KnownResourceStates.Stopping
                && !HasEnded(previousState)
                // A process killed by a signal (SIGKILL, the OOM killer) has no exit code of its own:
                // the orchestrator reports none or a negative one. Only a clean 0 is left alone.
                && update.Snapshot.ExitCode is not 0
                && !lifetime.ApplicationStopping.IsCancellationRequested
                && _histories.GetOrAdd(update.ResourceId, _ => new CrashHistory()).TryBeginRestart(DateTimeOffset.UtcNow, out var pause))
            {
                logger.LogWarning("{Resource} died (exit code {ExitCode}); starting it again in {PauseSeconds} s", update.ResourceId, update.Snapshot.ExitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none: killed by a signal", pause.TotalSeconds);
                _ = RestartAsync(update.ResourceId, pause, stoppingToken);
            }
        }
    }

    // A process that ends is "Finished" or "Exited", depending on how the orchestrator saw it go.
    private static bool HasEnded(CustomResourceSnapshot snapshot) => HasEnded(snapshot.State?.Text);

    private static bool HasEnded(string? state) => state == KnownResourceStates.Exited || state == KnownResourceStates.Finished;

    private async Task RestartAsync(string resourceId, TimeSpan pause, CancellationToken stoppingToken)
    {
        try
        {
            // A start that fails (e.g. a server it waits for is itself still coming back) is tried
            // again after a longer pause, as a service manager would, never given up.
            while (true)
            {
                await Task.Delay(pause, stoppingToken);
                var result = await commands.ExecuteCommandAsync(resourceId, KnownResourceCommands.StartCommand, stoppingToken);
                if (result.Success)
                {
                    return;
                }

                pause = pause * 2 < s_longestPause ? pause * 2 : s_longestPause;
                logger.LogWarning("{Resource} could not be started again ({Message}); trying again in {PauseSeconds} s", resourceId, result.Message, pause.TotalSeconds);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app host is stopping: nothing to restart.
        }
        finally
        {
            _histories[resourceId].EndRestart();
        }
    }

    private sealed class CrashHistory
    {
        private readonly Lock _lock = new();
        private DateTimeOffset _lastCrash = DateTimeOffset.MinValue;
        private int _crashesInARow;
        private bool _restarting;

        public bool TryBeginRestart(DateTimeOffset now, out TimeSpan pause)
        {
            lock (_lock)
            {
                pause = TimeSpan.Zero;
                if (_restarting)
                {
                    return false;
                }

                _crashesInARow = now - _lastCrash > s_stableAfter ? 1 : _crashesInARow + 1;
                _lastCrash = now;
                _restarting = true;
                var doubled = s_firstPause * Math.Pow(2, Math.Min(_crashesInARow - 1, 10));
                pause = doubled < s_longestPause ? doubled : s_longestPause;
                return true;
            }
        }

        public void EndRestart()
        {
            lock (_lock)
            {
                _restarting = false;
            }
        }
    }
}
