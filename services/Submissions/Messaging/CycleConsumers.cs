using Consortium.Contracts.Events.Topics.V1;
using Consortium.ServiceDefaults.Messaging;
using Consortium.Submissions.Data;
using Consortium.Submissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Submissions.Messaging;

/// <summary>Keeps <see cref="KnownCycle"/> in step with Topics: window and status, newest <c>CycleVersion</c> wins.</summary>
public sealed class CycleOpenedConsumer(SubmissionsDbContext db, TimeProvider time)
    : InboxConsumer<CycleOpened, SubmissionsDbContext>(db, time)
{
    protected override async Task HandleAsync(CycleOpened message, CancellationToken cancellationToken)
    {
        var cycle = await Db.FindOrAddCycleAsync(message.CycleId, cancellationToken);
        cycle.ApplyOpened(message.Name, message.SubmissionOpensAt, message.SubmissionClosesAt, message.CycleVersion);
    }
}

public sealed class CycleClosedConsumer(SubmissionsDbContext db, TimeProvider time)
    : InboxConsumer<CycleClosed, SubmissionsDbContext>(db, time)
{
    protected override async Task HandleAsync(CycleClosed message, CancellationToken cancellationToken)
    {
        var cycle = await Db.FindOrAddCycleAsync(message.CycleId, cancellationToken);
        cycle.ApplyStatus(CycleStatus.Closed, message.CycleVersion);
    }
}

public sealed class ResultsPublishedConsumer(SubmissionsDbContext db, TimeProvider time)
    : InboxConsumer<ResultsPublished, SubmissionsDbContext>(db, time)
{
    protected override async Task HandleAsync(ResultsPublished message, CancellationToken cancellationToken)
    {
        var cycle = await Db.FindOrAddCycleAsync(message.CycleId, cancellationToken);
        cycle.ApplyStatus(CycleStatus.ResultsPublished, message.CycleVersion);
    }
}

internal static class KnownCycleLookup
{
    public static async Task<KnownCycle> FindOrAddCycleAsync(this SubmissionsDbContext db, Guid cycleId, CancellationToken cancellationToken)
    {
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == cycleId, cancellationToken);
        if (cycle is null)
        {
            cycle = new KnownCycle(cycleId);
            db.Cycles.Add(cycle);
        }

        return cycle;
    }
}
