using Consortium.Contracts.Events;
using Consortium.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Consortium.ServiceDefaults.Messaging;

/// <summary>
/// Base of a consumer that takes one event at a time (<see cref="InboxBatchConsumer{TEvent,TDbContext}"/>
/// takes the events waiting in its queue together): applies an event at most once. The inbox record and the consumer's
/// effect (and any events it queues in the outbox) commit in one transaction; a redelivered
/// event finds its record and is skipped. A handler that throws rolls everything back and the
/// broker redelivers (and after the retries, moves the message to the <c>_error</c> queue).
/// <para>
/// A redelivery can also follow an application that DID commit: the process died, or an exception
/// (a consume cancelled as the broker connection dropped, a connection lost during COMMIT) reached
/// the caller after the server had committed. Work that must follow the commit (retiring cached
/// answers) is then owed but not done; a consumer that has such work records it with its change in
/// <see cref="OnAppliedAsync"/> and finishes it in <see cref="OnAlreadyAppliedAsync"/>.
/// </para>
/// </summary>
public abstract class InboxConsumer<TEvent, TDbContext>(TDbContext db, TimeProvider time) : IConsumer<TEvent>
    where TEvent : IntegrationEvent
    where TDbContext : DbContext
{
    protected TDbContext Db { get; } = db;

    protected TimeProvider Time { get; } = time;

    public Task Consume(ConsumeContext<TEvent> context) =>
        InboxAttempts.RunAsync(context, Db, typeof(TEvent).Name, () => ApplyOnceAsync(context));

    private async Task ApplyOnceAsync(ConsumeContext<TEvent> context)
    {
        var cancellationToken = context.CancellationToken;
        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);

        // Claim first: a concurrent duplicate waits on the key and then inserts nothing.
        var consumer = GetType().Name;
        var claimed = await Db.Database.ExecuteSqlAsync(
            $"INSERT INTO inbox_messages (message_id, consumer, processed_at) VALUES ({context.Message.EventId}, {consumer}, {Time.GetUtcNow()}) ON CONFLICT DO NOTHING",
            cancellationToken);
        if (claimed == 0)
        {
            ConsortiumDiagnostics.InboxDuplicates.Add(1, new KeyValuePair<string, object?>("consumer", consumer));
            await OnAlreadyAppliedAsync(context, cancellationToken);
            return;
        }

        await HandleAsync(context.Message, cancellationToken);
        await OnAppliedAsync(context, cancellationToken);
        await Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Applies the event to this service's tables (through <see cref="Db"/>; saving is done for you).</summary>
    protected abstract Task HandleAsync(TEvent message, CancellationToken cancellationToken);

    /// <summary>
    /// After <see cref="HandleAsync"/>, before the save, in its transaction: records (through
    /// <see cref="Db"/>) what must follow the commit, so a redelivery can finish it.
    /// </summary>
    protected virtual Task OnAppliedAsync(ConsumeContext<TEvent> context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// The event was applied before and is delivered again: its acknowledgement was lost, and
    /// whatever had to follow that commit may not have happened.
    /// </summary>
    protected virtual Task OnAlreadyAppliedAsync(ConsumeContext<TEvent> context, CancellationToken cancellationToken) => Task.CompletedTask;
}
