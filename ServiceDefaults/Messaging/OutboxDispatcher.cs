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
            var commitsSeen = OutboxSignal.Commits;
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
                    await OutboxSignal.WaitAsync(commitsSeen, _options.PollInterval, stoppingToken);
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

        // All of the batch at once: the broker confirms them together, where one at a time a batch
        // waited for as many confirmations in a row (the window-close rush's freshness, ADR 30).
        // Consumers never relied on order: they take several messages at once and retry later.
        var failures = await Task.WhenAll(batch.Select(message => TryPublishAsync(message, cancellationToken)));
        var sent = 0;
        Exception? firstFailure = null;
        foreach (var (message, failure) in batch.Zip(failures))
        {
            if (failure is null)
            {
                message.MarkSent(time.GetUtcNow());
                sent++;
                continue;
            }

            message.RecordFailure(failure.Message, time.GetUtcNow(), _options.FirstRetryDelay, _options.MaxRetryDelay);
            ConsortiumDiagnostics.OutboxPublishFailures.Add(1);
            if (firstFailure is null && !outages.IsDown(UnreachableServers.Broker))
            {
                // One line per outage, not one per event or retry.
                LogPublishFailed(logger, message.MessageType, message.Id, message.Attempts, message.NextAttemptAt, failure.Message);
            }

            firstFailure ??= failure;
        }

        ConsortiumDiagnostics.OutboxPublished.Add(sent);
        if (firstFailure is null)
        {
            outages.Succeeded(UnreachableServers.Broker);
        }
        else
        {
            outages.Failed(UnreachableServers.Broker, firstFailure);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return sent == _options.BatchSize;
    }

    /// <returns>Why the broker did not confirm the message, or <c>null</c> once it did.</returns>
    private async Task<Exception?> TryPublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await PublishAsync(message, cancellationToken);
            return null;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return exception;
        }
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
