using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consortium.ServiceDefaults.Messaging;

/// <summary>
/// Deletes sent outbox rows and inbox records once they are older than their retention, so the
/// tables stay small. Unsent rows are never deleted.
/// </summary>
internal sealed partial class MessagingHousekeeping<TDbContext>(
    IServiceScopeFactory scopes,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<MessagingHousekeeping<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.HousekeepingInterval, time);
        do
        {
            try
            {
                await CleanUpAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, exception);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task CleanUpAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var now = time.GetUtcNow();
        var sentBefore = now - options.Value.SentRetention;
        var processedBefore = now - options.Value.InboxRetention;

        var outbox = await db.Set<OutboxMessage>().Where(m => m.SentAt != null && m.SentAt < sentBefore).ExecuteDeleteAsync(cancellationToken);
        var inbox = await db.Set<InboxMessage>().Where(m => m.ProcessedAt < processedBefore).ExecuteDeleteAsync(cancellationToken);
        if (outbox + inbox > 0)
        {
            LogCleaned(logger, outbox, inbox);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Housekeeping deleted {OutboxRows} sent outbox rows and {InboxRows} inbox records")]
    private static partial void LogCleaned(ILogger logger, int outboxRows, int inboxRows);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Messaging housekeeping failed; will try again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
