using Consortium.Contracts.Events.Pipeline.V1;
using Consortium.Insights.Data;
using Consortium.Insights.Data.ReadModel;
using Consortium.Insights.Projections;
using Consortium.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Insights.Messaging;

/// <summary>
/// Pipeline events, by leader id only. Every leader event carries the district and stage after the
/// change, so the newest one wins whole; the role has its own version (see <see cref="LeaderRow"/>).
/// </summary>
public sealed class LeaderEnrolledConsumer(InsightsDbContext db, TimeProvider time, IReadModelChanges changes)
    : ReadModelConsumer<LeaderEnrolled>(db, time)
{
    protected override async Task HandleAsync(LeaderEnrolled message, CancellationToken cancellationToken)
    {
        var leader = await Db.FindOrAddLeaderAsync(message.LeaderId, cancellationToken);
        if (leader.Apply(message, message.Stage, active: true) | leader.ApplyRole(message.RoleCode, message.LeaderVersion))
        {
            changes.PipelineChanged();
        }
    }
}

public sealed class LeaderStageChangedConsumer(InsightsDbContext db, TimeProvider time, IReadModelChanges changes)
    : ReadModelConsumer<LeaderStageChanged>(db, time)
{
    protected override async Task HandleAsync(LeaderStageChanged message, CancellationToken cancellationToken)
    {
        var leader = await Db.FindOrAddLeaderAsync(message.LeaderId, cancellationToken);
        if (leader.Apply(message, message.ToStage, active: true))
        {
            changes.PipelineChanged();
        }
    }
}

public sealed class LeaderMovedConsumer(InsightsDbContext db, TimeProvider time, IReadModelChanges changes)
    : ReadModelConsumer<LeaderMoved>(db, time)
{
    protected override async Task HandleAsync(LeaderMoved message, CancellationToken cancellationToken)
    {
        var leader = await Db.FindOrAddLeaderAsync(message.LeaderId, cancellationToken);
        if (leader.Apply(message, message.Stage, active: true) | leader.ApplyRole(message.RoleCode, message.LeaderVersion))
        {
            changes.PipelineChanged();
        }
    }
}

public sealed class LeaderLeftConsumer(InsightsDbContext db, TimeProvider time, IReadModelChanges changes)
    : ReadModelConsumer<LeaderLeft>(db, time)
{
    protected override async Task HandleAsync(LeaderLeft message, CancellationToken cancellationToken)
    {
        var leader = await Db.FindOrAddLeaderAsync(message.LeaderId, cancellationToken);
        if (leader.Apply(message, message.Stage, active: false))
        {
            changes.PipelineChanged();
        }
    }
}

/// <summary>Readiness is kept per (leader, target role), each with the version of the assessment applied.</summary>
public sealed class ReadinessAssessedConsumer(InsightsDbContext db, TimeProvider time, IReadModelChanges changes)
    : ReadModelConsumer<ReadinessAssessed>(db, time)
{
    protected override async Task HandleAsync(ReadinessAssessed message, CancellationToken cancellationToken)
    {
        var readiness = await Db.LeaderReadiness.SingleOrDefaultAsync(
            r => r.LeaderId == message.LeaderId && r.TargetRoleCode == message.TargetRoleCode, cancellationToken);
        if (readiness is null)
        {
            readiness = new LeaderReadinessRow { LeaderId = message.LeaderId, TargetRoleCode = message.TargetRoleCode };
            Db.LeaderReadiness.Add(readiness);
        }

        if (readiness.Apply(message))
        {
            changes.PipelineChanged();
        }
    }
}

public sealed class SuccessionCoverageChangedConsumer(InsightsDbContext db, TimeProvider time, IReadModelChanges changes)
    : ReadModelConsumer<SuccessionCoverageChanged>(db, time)
{
    protected override async Task HandleAsync(SuccessionCoverageChanged message, CancellationToken cancellationToken)
    {
        var coverage = await Db.SuccessionCoverage.SingleOrDefaultAsync(c => c.DistrictId == message.DistrictId, cancellationToken);
        if (coverage is null)
        {
            coverage = new SuccessionCoverageRow { DistrictId = message.DistrictId };
            Db.SuccessionCoverage.Add(coverage);
        }

        if (coverage.Apply(message.CriticalRoleCount, message.CoveredRoleCount, message.CoverageVersion))
        {
            changes.PipelineChanged();
        }
    }
}

internal static class LeaderLookup
{
    public static async Task<LeaderRow> FindOrAddLeaderAsync(this InsightsDbContext db, Guid leaderId, CancellationToken cancellationToken)
    {
        var leader = await db.Leaders.SingleOrDefaultAsync(l => l.LeaderId == leaderId, cancellationToken);
        if (leader is null)
        {
            leader = LeaderRow.Placeholder(leaderId);
            db.Leaders.Add(leader);
        }

        return leader;
    }
}
