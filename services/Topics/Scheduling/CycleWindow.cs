using Consortium.ServiceDefaults.Messaging;
using Consortium.Topics.Data;
using Consortium.Topics.Domain;
using Consortium.Topics.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consortium.Topics.Scheduling;

/// <summary>
/// One pass of the scheduler: opens cycles whose opening time has passed and closes those whose
/// closing time has passed, each with its event in the same transaction. The due rows are locked
/// with <c>FOR UPDATE SKIP LOCKED</c>, so several instances of the service share the work and
/// never open or close one cycle twice; a staff command racing the pass loses on the cycle's
/// version (concurrency token) instead of overwriting it.
/// </summary>
public sealed partial class CycleWindow(TopicsDbContext db, TimeProvider time, IOptions<CycleSchedulerOptions> options, ILogger<CycleWindow> logger)
{
    /// <summary>Applies the due transitions; returns how many cycles changed.</summary>
    public async Task<int> AdvanceAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var planning = nameof(CycleStatus.Planning);
        var open = nameof(CycleStatus.Open);
        var due = await db.Cycles.FromSql($"""
            SELECT * FROM cycles
            WHERE (status = {planning} AND submission_opens_at <= {now})
               OR (status = {open} AND submission_closes_at <= {now})
            ORDER BY submission_opens_at
            LIMIT {options.Value.BatchSize}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);

        foreach (var cycle in due)
        {
            if (cycle.OpenOnSchedule(now))
            {
                db.AddIntegrationEvent(CycleEvents.Opened(cycle, now));
                LogOpened(logger, cycle.Label, cycle.Id);
            }

            if (cycle.CloseOnSchedule(now))
            {
                db.AddIntegrationEvent(CycleEvents.Closed(cycle, now));
                LogClosed(logger, cycle.Label, cycle.Id);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cycle {Cycle} ({CycleId}) opened at its scheduled time")]
    private static partial void LogOpened(ILogger logger, string cycle, Guid cycleId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cycle {Cycle} ({CycleId}) closed at its scheduled time")]
    private static partial void LogClosed(ILogger logger, string cycle, Guid cycleId);
}
