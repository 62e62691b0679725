using Consortium.Contracts.Events.Topics.V1;
using Consortium.Insights.Data;
using Consortium.Insights.Data.ReadModel;
using Consortium.Insights.Projections;
using Consortium.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Insights.Messaging;

/// <summary>Cycles: details from <c>CycleOpened</c>, status by the newest <c>CycleVersion</c> (see <see cref="CycleRow"/>).</summary>
public sealed class CycleOpenedConsumer(InsightsDbContext db, TimeProvider time, IReadModelChanges changes)
    : ReadModelConsumer<CycleOpened>(db, time)
{
    protected override async Task HandleAsync(CycleOpened message, CancellationToken cancellationToken)
    {
        var cycle = await Db.FindOrAddCycleAsync(message.CycleId, cancellationToken);
        if (cycle.ApplyOpened(message.SchoolYear, message.Half, message.Name, message.SubmissionOpensAt, message.SubmissionClosesAt, message.CycleVersion))
        {
            changes.CycleChanged(message.CycleId);
        }
    }
}

public sealed class CycleClosedConsumer(InsightsDbContext db, TimeProvider time, IReadModelChanges changes)
    : ReadModelConsumer<CycleClosed>(db, time)
{
    protected override async Task HandleAsync(CycleClosed message, CancellationToken cancellationToken)
    {
        var cycle = await Db.FindOrAddCycleAsync(message.CycleId, cancellationToken);
        if (cycle.ApplyStatus(CycleState.Closed, message.CycleVersion))
        {
            changes.CycleChanged(message.CycleId);
        }
    }
}

public sealed class ResultsPublishedConsumer(InsightsDbContext db, TimeProvider time, IReadModelChanges changes)
    : ReadModelConsumer<ResultsPublished>(db, time)
{
    protected override async Task HandleAsync(ResultsPublished message, CancellationToken cancellationToken)
    {
        var cycle = await Db.FindOrAddCycleAsync(message.CycleId, cancellationToken);
        if (cycle.ApplyStatus(CycleState.ResultsPublished, message.CycleVersion, message.PublishedAt))
        {
            changes.CycleChanged(message.CycleId);
        }
    }
}

internal static class CycleLookup
{
    /// <summary>The cycle's row, a placeholder if this is the first we hear of it. Two first events at once: one fails on the key and is retried.</summary>
    public static async Task<CycleRow> FindOrAddCycleAsync(this InsightsDbContext db, Guid cycleId, CancellationToken cancellationToken)
    {
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == cycleId, cancellationToken);
        if (cycle is null)
        {
            cycle = CycleRow.Placeholder(cycleId);
            db.Cycles.Add(cycle);
        }

        return cycle;
    }
}
