using Consortium.Contracts.Events;
using Consortium.Insights.Data;
using Consortium.Insights.Projections;
using Consortium.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Insights.Messaging;

/// <summary>
/// Base of every Insights consumer: an event applied once (the inbox), and the cache generations it
/// must move owed until they are moved. The moves are committed with the change; a redelivered
/// event whose first application committed but whose moves may have been lost makes them again, so
/// no reader is served an answer older than the read model for longer than a redelivery (ADR 32).
/// </summary>
public abstract class ReadModelConsumer<TEvent>(InsightsDbContext db, TimeProvider time)
    : InboxConsumer<TEvent, InsightsDbContext>(db, time)
    where TEvent : IntegrationEvent
{
    protected override Task OnAppliedAsync(ConsumeContext<TEvent> context, CancellationToken cancellationToken)
    {
        var changes = context.GetServiceOrCreateInstance<ReadModelChanges>();
        if (changes.ToRow(context.Message.EventId, GetType().Name, Time.GetUtcNow()) is { } moves)
        {
            Db.CacheMoves.Add(moves);
        }

        return Task.CompletedTask;
    }

    protected override async Task OnAlreadyAppliedAsync(ConsumeContext<TEvent> context, CancellationToken cancellationToken)
    {
        var consumer = GetType().Name;
        var owed = await Db.CacheMoves.AsNoTracking()
            .SingleOrDefaultAsync(m => m.EventId == context.Message.EventId && m.Consumer == consumer, cancellationToken);
        if (owed is not null)
        {
            context.GetServiceOrCreateInstance<ReadModelChanges>().Replay(owed);
        }
    }
}
