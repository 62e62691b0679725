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
        await LockAllAsync([districtId], cancellationToken);
        return (await RowsAsync([districtId], cancellationToken))[districtId];
    }

    /// <summary>
    /// Takes the locks of <paramref name="districtIds"/> this transaction does not hold yet, all in one
    /// statement and one order (<see cref="ReadModelLocks.LockDistrictsAsync"/>), for the rest of the
    /// transaction.
    /// </summary>
    public async Task LockAllAsync(IReadOnlyCollection<Guid> districtIds, CancellationToken cancellationToken)
    {
        Guid[] toLock = [.. districtIds.Where(id => !Holds(id))];
        if (toLock.Length == 0)
        {
            return;
        }

        await db.LockDistrictsAsync(toLock, cancellationToken);
        _heldIn = db.Database.CurrentTransaction;
        _held.UnionWith(toLock);
    }

    /// <summary>The districts' rows (tracked), each added as a placeholder if this is the first we hear of it. The caller holds their locks.</summary>
    public async Task<IReadOnlyDictionary<Guid, DistrictRow>> RowsAsync(IReadOnlyCollection<Guid> districtIds, CancellationToken cancellationToken)
    {
        var rows = await db.Districts.Where(d => districtIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        foreach (var districtId in districtIds.Where(id => !rows.ContainsKey(id)))
        {
            var placeholder = DistrictRow.Placeholder(districtId);
            db.Districts.Add(placeholder);
            rows[districtId] = placeholder;
        }

        return rows;
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
