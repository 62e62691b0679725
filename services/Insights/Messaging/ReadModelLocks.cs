using Consortium.Insights.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Insights.Messaging;

/// <summary>
/// Transaction-scoped PostgreSQL advisory locks that serialise the consumers touching the same
/// district or target. Without them two events committing at once could each recompute a
/// distribution without the other's value. Order is always: at most one district, then targets in
/// ascending id order, so two consumers never wait on each other in a cycle.
/// </summary>
internal static class ReadModelLocks
{
    public static async Task LockDistrictAsync(this InsightsDbContext db, Guid districtId, CancellationToken cancellationToken) =>
        await db.LockAsync($"district:{districtId}", cancellationToken);

    public static async Task LockTargetsAsync(this InsightsDbContext db, IEnumerable<Guid> targetIds, CancellationToken cancellationToken)
    {
        foreach (var targetId in targetIds.Distinct().Order())
        {
            await db.LockAsync($"target:{targetId}", cancellationToken);
        }
    }

    private static async Task LockAsync(this InsightsDbContext db, string key, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", cancellationToken);
}
