using Consortium.Insights.Data;
using Consortium.Insights.Data.ReadModel;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Insights.Projections;

/// <summary>
/// The one way a consumer changes a district: under the district's lock, on its row (a placeholder
/// if this is the first we hear of it). Whether a district counts (joined, not withdrawn) is read
/// with its contributions, so a change of that only moves the generations of the targets it
/// contributed to: nothing is recomputed.
/// </summary>
public sealed class DistrictProjection(InsightsDbContext db, IReadModelChanges changes)
{
    public async Task ApplyAsync(Guid districtId, Func<DistrictRow, bool> apply, CancellationToken cancellationToken)
    {
        var district = await LockAsync(districtId, cancellationToken);
        var counted = district.Counts;
        if (!apply(district))
        {
            return;
        }

        changes.DistrictsChanged();
        if (district.Counts != counted)
        {
            var targetIds = await db.Contributions.Where(c => c.DistrictId == districtId).Select(c => c.TargetId).ToListAsync(cancellationToken);
            targetIds.ForEach(targetId => changes.TargetChanged(targetId, districtId));
        }
    }

    /// <summary>Takes the district's lock and returns its row, added as a placeholder if unknown.</summary>
    public async Task<DistrictRow> LockAsync(Guid districtId, CancellationToken cancellationToken)
    {
        await db.LockDistrictAsync(districtId, cancellationToken);
        var district = await db.Districts.SingleOrDefaultAsync(d => d.Id == districtId, cancellationToken);
        if (district is null)
        {
            district = DistrictRow.Placeholder(districtId);
            db.Districts.Add(district);
        }

        return district;
    }
}
