using Consortium.Contracts.Events.Districts.V1;
using Consortium.Insights.Data;
using Consortium.Insights.Data.ReadModel;
using Consortium.ServiceDefaults.Domain.Measures;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Insights.Messaging;

/// <summary>
/// Keeps <see cref="TargetDistributionRow"/> equal to the values of the districts that count, in
/// the consumer's transaction. Recomputing one target reads only that target's contributions
/// (index on target_id), so the cost is the number of values of the target.
/// </summary>
public sealed class Distributions(InsightsDbContext db, IReadModelChanges changes, TimeProvider time)
{
    /// <summary>Locks the targets, then recomputes each from its contributions as saved so far in this transaction.</summary>
    public async Task RecomputeAsync(IReadOnlyCollection<Guid> targetIds, CancellationToken cancellationToken)
    {
        if (targetIds.Count == 0)
        {
            return;
        }

        await db.LockTargetsAsync(targetIds, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var targetId in targetIds.Distinct())
        {
            await RecomputeOneAsync(targetId, cancellationToken);
        }
    }

    /// <summary>Every target the district contributed to (its membership or joining changed whether it counts).</summary>
    public async Task RecomputeForDistrictAsync(Guid districtId, CancellationToken cancellationToken)
    {
        var targetIds = await db.Contributions.Where(c => c.DistrictId == districtId).Select(c => c.TargetId).ToListAsync(cancellationToken);
        await RecomputeAsync(targetIds, cancellationToken);
    }

    private async Task RecomputeOneAsync(Guid targetId, CancellationToken cancellationToken)
    {
        changes.TargetChanged(targetId);
        // Until TopicPublished tells the measure type, values wait in contributions; that consumer recomputes.
        var target = await db.Targets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == targetId, cancellationToken);
        if (target is null || target.MeasureType == MeasureType.Text)
        {
            return;
        }

        var values = await (
            from contribution in db.Contributions
            join district in db.Districts on contribution.DistrictId equals district.Id
            where contribution.TargetId == targetId && district.Joined && district.MembershipStatus != MembershipStatusV1.Withdrawn
            select contribution.Value).ToListAsync(cancellationToken);

        var distribution = await db.TargetDistributions.SingleOrDefaultAsync(d => d.TargetId == targetId, cancellationToken);
        if (distribution is null)
        {
            distribution = new TargetDistributionRow { TargetId = targetId };
            db.TargetDistributions.Add(distribution);
        }

        distribution.Recompute(target.CycleId, target.MeasureType, values, time.GetUtcNow());
    }
}
