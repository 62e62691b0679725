using Consortium.Contracts.Events;
using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Insights.Data;
using Consortium.Insights.Projections;
using Consortium.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Insights.Messaging;

/// <summary>
/// Base of every Insights consumer: the events waiting in its queue applied together, each once
/// (the inbox, <see cref="InboxBatchConsumer{TEvent,TDbContext}"/>), and the cache generations they
/// must move owed until they are moved. The moves are committed with the change and made after the
/// commit; a redelivered event whose first application committed but whose moves may have been
/// lost makes them again, so no reader is served an answer older than the read model for longer
/// than a redelivery (ADR 32). The districts the events are about are locked first, all at once in
/// one order (ADR 40).
/// </summary>
public abstract class ReadModelConsumer<TEvent>(InsightsDbContext db, TimeProvider time)
    : InboxBatchConsumer<TEvent, InsightsDbContext>(db, time)
    where TEvent : IntegrationEvent
{
    protected override Task BeforeHandlingAsync(ConsumeContext context, IReadOnlyList<TEvent> events, CancellationToken cancellationToken)
    {
        Guid[] districts = [.. events.Select(DistrictOf).OfType<Guid>().Distinct()];
        return districts.Length == 0
            ? Task.CompletedTask
            : context.GetServiceOrCreateInstance<DistrictProjection>().LockAllAsync(districts, cancellationToken);
    }

    protected override Task OnAppliedAsync(ConsumeContext context, TEvent message, CancellationToken cancellationToken)
    {
        var changes = context.GetServiceOrCreateInstance<ReadModelChanges>();
        if (changes.ToRow(message.EventId, GetType().Name, Time.GetUtcNow()) is { } moves)
        {
            Db.CacheMoves.Add(moves);
        }

        return Task.CompletedTask;
    }

    protected override async Task OnAlreadyAppliedAsync(ConsumeContext context, TEvent message, CancellationToken cancellationToken)
    {
        var consumer = GetType().Name;
        var owed = await Db.CacheMoves.AsNoTracking()
            .SingleOrDefaultAsync(m => m.EventId == message.EventId && m.Consumer == consumer, cancellationToken);
        if (owed is not null)
        {
            context.GetServiceOrCreateInstance<ReadModelChanges>().Replay(owed);
        }
    }

    protected override Task OnCommittedAsync(ConsumeContext context) => context.GetServiceOrCreateInstance<ReadModelChanges>().PublishAsync();

    protected override void OnRolledBack(ConsumeContext context) => context.GetServiceOrCreateInstance<ReadModelChanges>().Discard();

    // The district whose lock the event's projection takes (DistrictProjection), if any.
    private static Guid? DistrictOf(TEvent message) => message switch
    {
        DistrictEvent district => district.DistrictId,
        SubmissionEvent submission => submission.DistrictId,
        _ => null,
    };
}
