using Consortium.Insights.Api;
using Consortium.Insights.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consortium.Insights.Projections;

/// <summary>
/// Deletes the cache moves of applied events once no answer they could retire is left: a cached
/// answer lives at most <see cref="InsightsOptions.CacheLifetime"/>, so after twice that (a reader
/// slow to store what it read before the change included) a redelivery has nothing to retire.
/// </summary>
public sealed partial class CacheMovesHousekeeping(
    IServiceScopeFactory scopes, IOptions<InsightsOptions> options, TimeProvider time, ILogger<CacheMovesHousekeeping> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lifetime = options.Value.CacheLifetime;
        using var timer = new PeriodicTimer(lifetime > TimeSpan.FromSeconds(1) ? lifetime : TimeSpan.FromSeconds(1), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<InsightsDbContext>();
                var before = time.GetUtcNow() - (2 * lifetime);
                await db.CacheMoves.Where(m => m.RecordedAt < before).ExecuteDeleteAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The next round deletes them; until then they only take space.
                LogFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleting the cache moves older than twice the cache lifetime failed; the next round tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
