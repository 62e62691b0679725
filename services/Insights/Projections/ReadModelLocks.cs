using Consortium.Insights.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Insights.Projections;

/// <summary>
/// The one lock of the read model: a transaction-scoped PostgreSQL advisory lock per district, so
/// two events about the same district (two submissions, a membership change) never read and write
/// its rows at once. Events of different districts share no lock: a target's distribution is the
/// rows each district writes for itself (see <see cref="ContributionProjection"/>).
/// </summary>
internal static class ReadModelLocks
{
    /// <summary>
    /// The locks of several districts in one statement, taken in the order of their keys: two
    /// transactions that each take some of the same locks take them in the same order, so neither
    /// holds one the other waits for while waiting itself.
    /// </summary>
    public static async Task LockDistrictsAsync(this InsightsDbContext db, IReadOnlyCollection<Guid> districtIds, CancellationToken cancellationToken)
    {
        string[] names = [.. districtIds.Select(LockName)];
        await db.Database.ExecuteSqlAsync(
            $"SELECT count(pg_advisory_xact_lock(key)) FROM (SELECT DISTINCT hashtextextended(name, 0) AS key FROM unnest({names}) AS name ORDER BY key) AS keys",
            cancellationToken);
    }

    private static string LockName(Guid districtId) => $"district:{districtId}";
}
