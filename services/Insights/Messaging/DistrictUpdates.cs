using Consortium.Insights.Data;
using Consortium.Insights.Data.ReadModel;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Insights.Messaging;

/// <summary>
/// The one way a consumer changes a district: under the district's lock, on its row (a placeholder
/// if this is the first we hear of it). When the change decides whether the district counts
/// (it joined, withdrew, or came back), every distribution it contributed to is recomputed.
/// </summary>
public sealed class DistrictUpdates(InsightsDbContext db, IReadModelChanges changes, Distributions distributions)
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
            await distributions.RecomputeForDistrictAsync(districtId, cancellationToken);
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
