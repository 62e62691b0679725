using Consortium.Contracts.Events;
using Consortium.ServiceDefaults.Outages;
using Consortium.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Consortium.ServiceDefaults.Messaging;

/// <summary>
/// Base of every consumer: applies an event at most once. The inbox record and the consumer's
/// effect (and any events it queues in the outbox) commit in one transaction; a redelivered
/// event finds its record and is skipped. A handler that throws rolls everything back and the
/// broker redelivers (and after the retries, moves the message to the <c>_error</c> queue).
/// </summary>
public abstract class InboxConsumer<TEvent, TDbContext>(TDbContext db, TimeProvider time) : IConsumer<TEvent>
    where TEvent : IntegrationEvent
    where TDbContext : DbContext
{
    protected TDbContext Db { get; } = db;

    /// <summary>How often a consumer looks again for a database that cannot be reached.</summary>
    private static readonly TimeSpan DatabaseRetryDelay = TimeSpan.FromSeconds(1);

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        // A database outage is waited out here, quietly, holding the message: going through the
        // broker's retries would log a stack trace per attempt and park the event in _error.
        var outages = context.GetServiceOrCreateInstance<OutageLog>();
        while (true)
        {
            try
            {
                await ApplyOnceAsync(context);
                outages.Succeeded(UnreachableServers.Database);
                return;
            }
            catch (Exception exception) when (UnreachableServers.Classify(exception) == UnreachableServers.Database
                                              && !context.CancellationToken.IsCancellationRequested)
            {
                outages.Failed(UnreachableServers.Database, exception);
                Db.ChangeTracker.Clear();
                await Task.Delay(DatabaseRetryDelay, context.CancellationToken);
            }
        }
    }

    private async Task ApplyOnceAsync(ConsumeContext<TEvent> context)
    {
        var cancellationToken = context.CancellationToken;
        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);

        // Claim first: a concurrent duplicate waits on the key and then inserts nothing.
        var consumer = GetType().Name;
        var claimed = await Db.Database.ExecuteSqlAsync(
            $"INSERT INTO inbox_messages (message_id, consumer, processed_at) VALUES ({context.Message.EventId}, {consumer}, {time.GetUtcNow()}) ON CONFLICT DO NOTHING",
            cancellationToken);
        if (claimed == 0)
        {
            ConsortiumDiagnostics.InboxDuplicates.Add(1, new KeyValuePair<string, object?>("consumer", consumer));
            return;
        }

        await HandleAsync(context.Message, cancellationToken);
        await Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Applies the event to this service's tables (through <see cref="Db"/>; saving is done for you).</summary>
    protected abstract Task HandleAsync(TEvent message, CancellationToken cancellationToken);
}
