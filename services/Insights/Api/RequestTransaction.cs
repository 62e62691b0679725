using Consortium.Insights.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Insights.Api;

/// <summary>
/// A request's unit of work. Its transaction opens only when the differencing guard first needs
/// one (to lock a scope and record a group); a request that asks again for a group already
/// answered needs none, and its audit row is one autocommitted insert: one round trip, where an
/// explicit transaction costs two. Either way the audit row is committed before the answer leaves.
/// </summary>
internal static class RequestTransaction
{
    /// <summary>Opens the request's transaction unless it is open already.</summary>
    public static async Task EnsureOpenAsync(this InsightsDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            await db.Database.BeginTransactionAsync(cancellationToken);
        }
    }

    /// <summary>Saves what the request added (its audit row, the guard's record) and commits the transaction if one was opened.</summary>
    public static async Task CommitRequestAsync(this InsightsDbContext db, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        if (db.Database.CurrentTransaction is { } transaction)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
