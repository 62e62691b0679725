using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Consortium.ServiceDefaults.Data;

/// <summary>
/// Inside a transaction of ours, EF Core would wrap every SaveChanges in a savepoint (two more
/// round trips: SAVEPOINT and RELEASE), so that the transaction stays usable after a failed save.
/// None of ours is used after a failed save: the exception ends the request, the message attempt or
/// the dispatch round, and the transaction rolls back whole. So a transaction we start does without.
/// </summary>
internal sealed class NoSavepointsInterceptor : DbTransactionInterceptor
{
    public static readonly NoSavepointsInterceptor Instance = new();

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        DisableSavepoints(eventData);
        return result;
    }

    public override ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        DisableSavepoints(eventData);
        return ValueTask.FromResult(result);
    }

    private static void DisableSavepoints(TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            context.Database.AutoSavepointsEnabled = false;
        }
    }
}
