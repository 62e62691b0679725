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
    // The districts locked by LockAllAsync, while the transaction that took them lasts.
    private readonly HashSet<Guid> _held = [];
    private object? _heldIn;

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

    /// <summary>Takes the district's lock (unless this transaction holds it) and returns its row, added as a placeholder if unknown.</summary>
    public async Task<DistrictRow> LockAsync(Guid districtId, CancellationToken cancellationToken)
    {
        if (!Holds(districtId))
        {
            await db.LockDistrictAsync(districtId, cancellationToken);
        }

        var district = await db.Districts.SingleOrDefaultAsync(d => d.Id == districtId, cancellationToken);
        if (district is null)
        {
            district = DistrictRow.Placeholder(districtId);
            db.Districts.Add(district);
        }

        return district;
    }

    /// <summary>
    /// Takes the locks of all <paramref name="districtIds"/> at once, in one order, for the rest of
    /// the transaction: a batch of events that locked its districts one by one, in the order of its
    /// events, could wait on another batch that holds some of them while it waits for its own.
    /// </summary>
    public async Task LockAllAsync(IReadOnlyCollection<Guid> districtIds, CancellationToken cancellationToken)
    {
        await db.LockDistrictsAsync(districtIds, cancellationToken);
        _heldIn = db.Database.CurrentTransaction;
        _held.UnionWith(districtIds);
    }

    private bool Holds(Guid districtId)
    {
        if (_heldIn is null || _heldIn != db.Database.CurrentTransaction)
        {
            _held.Clear();
            _heldIn = null;
        }

        return _held.Contains(districtId);
    }
}
