using System.Runtime.ExceptionServices;
using Consortium.Contracts.Events;
using Consortium.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Consortium.ServiceDefaults.Messaging;

/// <summary>
/// An <see cref="InboxConsumer{TEvent,TDbContext}"/> that takes the events waiting in its queue
/// together (a MassTransit <see cref="Batch{T}"/>): one transaction, one inbox claim and one commit
/// for all of them, where one at a time each paid its own. Each event is still applied at most
/// once, in the order received, by the same handler as one at a time (saved after each, so the
/// next reads its changes) unless the consumer applies them as one (<see cref="HandleAllAsync"/>).
/// <para>
/// When the batch fails for another reason than a database outage or a concurrent change (both are
/// attempted again as a whole), the events are applied again one at a time, each in its own
/// transaction: an event that cannot be applied fails alone, and the others are applied. The broker
/// then sees the batch fail, retries it (the applied events are found in the inbox and skipped), and
/// after its retries moves every event of the batch to <c>_error</c>; replaying them applies only
/// the one that had failed.
/// </para>
/// </summary>
public abstract class InboxBatchConsumer<TEvent, TDbContext>(TDbContext db, TimeProvider time) : IConsumer<Batch<TEvent>>
    where TEvent : IntegrationEvent
    where TDbContext : DbContext
{
    protected TDbContext Db { get; } = db;

    protected TimeProvider Time { get; } = time;

    public async Task Consume(ConsumeContext<Batch<TEvent>> context)
    {
        TEvent[] events = [.. context.Message.Select(consumed => consumed.Message)];
        var eventType = typeof(TEvent).Name;
        try
        {
            await InboxAttempts.RunAsync(context, Db, eventType, () => ApplyOnceAsync(context, events));
        }
        catch (Exception) when (events.Length > 1 && !context.CancellationToken.IsCancellationRequested)
        {
            Db.ChangeTracker.Clear();
            Exception? failed = null;
            foreach (var integrationEvent in events)
            {
                try
                {
                    await InboxAttempts.RunAsync(context, Db, eventType, () => ApplyOnceAsync(context, [integrationEvent]));
                }
                catch (Exception exception) when (!context.CancellationToken.IsCancellationRequested)
                {
                    Db.ChangeTracker.Clear();
                    failed ??= exception;
                }
            }

            if (failed is not null)
            {
                ExceptionDispatchInfo.Throw(failed);
            }
        }
    }

    private async Task ApplyOnceAsync(ConsumeContext context, IReadOnlyList<TEvent> events)
    {
        var cancellationToken = context.CancellationToken;
        try
        {
            await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);

            // Claim first: a concurrent duplicate waits on the keys and then inserts nothing.
            var consumer = GetType().Name;
            var claimed = await ClaimAsync(transaction, consumer, events, cancellationToken);
            List<TEvent> fresh = [], again = [];
            foreach (var integrationEvent in events)
            {
                (claimed.Remove(integrationEvent.EventId) ? fresh : again).Add(integrationEvent);
            }

            foreach (var integrationEvent in again)
            {
                ConsortiumDiagnostics.InboxDuplicates.Add(1, new KeyValuePair<string, object?>("consumer", consumer));
                await OnAlreadyAppliedAsync(context, integrationEvent, cancellationToken);
            }

            if (fresh.Count > 0)
            {
                ConsortiumDiagnostics.InboxBatchSize.Record(fresh.Count, new KeyValuePair<string, object?>("consumer", consumer));
                await BeforeHandlingAsync(context, fresh, cancellationToken);
                await HandleAllAsync(fresh, cancellationToken);

                foreach (var integrationEvent in fresh)
                {
                    await OnAppliedAsync(context, integrationEvent, cancellationToken);
                }

                await Db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            OnRolledBack(context);
            throw;
        }

        await OnCommittedAsync(context);
    }

    // One statement for the batch; the ids it returns are the events not applied before.
    private async Task<HashSet<Guid>> ClaimAsync(IDbContextTransaction transaction, string consumer, IReadOnlyList<TEvent> events, CancellationToken cancellationToken)
    {
        await using var claim = new NpgsqlCommand(
            """
            INSERT INTO inbox_messages (message_id, consumer, processed_at)
            SELECT id, $2, $3 FROM unnest($1::uuid[]) AS id
            ON CONFLICT DO NOTHING
            RETURNING message_id
            """,
            (NpgsqlConnection)Db.Database.GetDbConnection(),
            (NpgsqlTransaction)transaction.GetDbTransaction())
        {
            Parameters =
            {
                new() { Value = events.Select(e => e.EventId).ToArray() },
                new() { Value = consumer },
                new() { Value = Time.GetUtcNow() },
            },
        };
        var claimed = new HashSet<Guid>(events.Count);
        await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(reader.GetGuid(0));
        }

        return claimed;
    }

    /// <summary>Applies one event to this service's tables (through <see cref="Db"/>; saving is done for you).</summary>
    protected abstract Task HandleAsync(TEvent message, CancellationToken cancellationToken);

    /// <summary>
    /// Applies the events not applied before, in the order received: by default one at a time
    /// (<see cref="HandleAsync"/>), each saved before the next so that it reads the one before. A
    /// consumer that can apply them as one (reading what they all need at once) overrides it.
    /// </summary>
    protected virtual async Task HandleAllAsync(IReadOnlyList<TEvent> events, CancellationToken cancellationToken)
    {
        foreach (var integrationEvent in events)
        {
            await HandleAsync(integrationEvent, cancellationToken);
            await Db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Before the first of <paramref name="events"/> (those not applied before) is handled, in the
    /// transaction: where handlers take locks, taking them all here in one order keeps two batches
    /// from waiting on each other.
    /// </summary>
    protected virtual Task BeforeHandlingAsync(ConsumeContext context, IReadOnlyList<TEvent> events, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// After every event was handled, before the last save, in the transaction, once per event: records
    /// (through <see cref="Db"/>) what must follow the commit, so a redelivery can finish it.
    /// </summary>
    protected virtual Task OnAppliedAsync(ConsumeContext context, TEvent message, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The event was applied before and is delivered again; whatever had to follow that commit may not have happened.</summary>
    protected virtual Task OnAlreadyAppliedAsync(ConsumeContext context, TEvent message, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The attempt's transaction committed: the work that must follow it.</summary>
    protected virtual Task OnCommittedAsync(ConsumeContext context) => Task.CompletedTask;

    /// <summary>The attempt's transaction rolled back: forget what was recorded for after its commit.</summary>
    protected virtual void OnRolledBack(ConsumeContext context)
    {
    }
}
