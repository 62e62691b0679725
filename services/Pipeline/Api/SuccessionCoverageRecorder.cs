using Consortium.Pipeline.Data;
using Consortium.Pipeline.Domain;
using Consortium.Pipeline.Messaging;
using Consortium.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Pipeline.Api;

/// <summary>
/// Recomputes a district's succession coverage from what is saved and queues
/// <c>SuccessionCoverageChanged</c> when the counts differ from those last published. Called
/// after any change that can move coverage: a critical role or slate, a leader leaving or moving.
/// </summary>
public sealed class SuccessionCoverageRecorder(PipelineDbContext db)
{
    public async Task<(SuccessionCoverage Coverage, IReadOnlyList<CriticalRole> Roles, IReadOnlySet<Guid> ActiveLeaders)> ComputeAsync(
        Guid districtId, CancellationToken cancellationToken)
    {
        var roles = await db.CriticalRoles.AsNoTracking()
            .Where(role => role.DistrictId == districtId)
            .OrderBy(role => role.Title).ThenBy(role => role.Id)
            .ToListAsync(cancellationToken);
        var active = await ActiveLeadersAsync(db, districtId, cancellationToken);
        return (SuccessionCoverage.Compute(roles, active), roles, active);
    }

    /// <summary>Records the district's coverage; the caller saves (inside its transaction).</summary>
    public async Task RecordAsync(Guid districtId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (coverage, _, _) = await ComputeAsync(districtId, cancellationToken);
        var succession = await db.DistrictSuccessions.SingleOrDefaultAsync(s => s.DistrictId == districtId, cancellationToken);
        if (succession is null)
        {
            succession = DistrictSuccession.Start(districtId);
            db.DistrictSuccessions.Add(succession);
        }

        if (succession.Record(coverage, now))
        {
            db.AddIntegrationEvent(PipelineEvents.CoverageChanged(succession, now));
        }
    }

    public static async Task<IReadOnlySet<Guid>> ActiveLeadersAsync(PipelineDbContext db, Guid districtId, CancellationToken cancellationToken) =>
        (await db.Leaders.AsNoTracking()
            .Where(leader => leader.DistrictId == districtId && leader.Status == LeaderStatus.Active)
            .Select(leader => leader.Id)
            .ToListAsync(cancellationToken)).ToHashSet();
}
