using System.Diagnostics;
using Consortium.ServiceDefaults.Outages;
using Consortium.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consortium.ServiceDefaults.Messaging;

/// <summary>
/// Publishes committed outbox rows to the broker and marks them sent once the broker confirms.
/// A failed publish is retried with back-off until it succeeds, so a broker outage delays events
/// but never drops them. Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c>, so several
/// instances of a service can run dispatchers without publishing a row twice.
/// </summary>
internal sealed partial class OutboxDispatcher<TDbContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    OutageLog outages,
    ILogger<OutboxDispatcher<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    private readonly OutboxOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var fullBatchSent = false;
            try
            {
                fullBatchSent = await DispatchBatchAsync(stoppingToken);
                outages.Succeeded(UnreachableServers.Database);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (UnreachableServers.Classify(exception) == UnreachableServers.Database)
            {
                // The rows are safe in the database; wait for it quietly (the outage is logged once).
                outages.Failed(UnreachableServers.Database, exception);
            }
            catch (Exception exception)
            {
                LogBatchFailed(logger, exception);
            }

            if (!fullBatchSent)
            {
                try
                {
                    await OutboxSignal.WaitAsync(_options.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <returns>Whether a full batch was sent, i.e. more rows may be waiting.</returns>
    private async Task<bool> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var now = time.GetUtcNow();
        var batch = await db.Set<OutboxMessage>()
            .FromSql($"""
                SELECT * FROM outbox_messages
                WHERE sent_at IS NULL AND next_attempt_at <= {now}
                ORDER BY sequence
                LIMIT {_options.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return false;
        }

        var sent = 0;
        foreach (var message in batch)
        {
            try
            {
                await PublishAsync(message, cancellationToken);
                message.MarkSent(time.GetUtcNow());
                outages.Succeeded(UnreachableServers.Broker);
                sent++;
                ConsortiumDiagnostics.OutboxPublished.Add(1);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Stop at the first failure: the broker is most likely down, and later rows keep their order.
                message.RecordFailure(exception.Message, time.GetUtcNow(), _options.FirstRetryDelay, _options.MaxRetryDelay);
                ConsortiumDiagnostics.OutboxPublishFailures.Add(1);
                if (outages.IsDown(UnreachableServers.Broker))
                {
                    // Already reported: one line per outage, not one per retry.
                    outages.Failed(UnreachableServers.Broker, exception);
                }
                else
                {
                    LogPublishFailed(logger, message.MessageType, message.Id, message.Attempts, message.NextAttemptAt, exception.Message);
                    outages.Failed(UnreachableServers.Broker, exception);
                }

                break;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return sent == _options.BatchSize;
    }

    private async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var (payload, type) = EventSerializer.Deserialize(message.MessageType, message.Body);

        // Continue the trace of the request that caused the event; MassTransit carries it on.
        ActivityContext.TryParse(message.TraceParent, message.TraceState, out var parent);
        using var activity = ConsortiumDiagnostics.ActivitySource.StartActivity(
            $"outbox publish {type.Name}", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", message.Id.ToString());

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        await bus.Publish(payload, type, context => context.MessageId = message.Id, timeout.Token);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing {MessageType} {MessageId} failed (attempt {Attempts}); retrying at {NextAttemptAt}: {Reason}")]
    private static partial void LogPublishFailed(ILogger logger, string messageType, Guid messageId, int attempts, DateTimeOffset nextAttemptAt, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox dispatch round failed; retrying")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception);
}
