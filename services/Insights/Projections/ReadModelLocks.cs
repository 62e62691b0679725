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
    public static async Task LockDistrictAsync(this InsightsDbContext db, Guid districtId, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({$"district:{districtId}"}, 0))", cancellationToken);
}
