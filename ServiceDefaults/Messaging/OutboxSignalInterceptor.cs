using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Consortium.ServiceDefaults.Messaging;

/// <summary>
/// Signals the dispatcher when new outbox rows become visible: after the save, or, inside an
/// explicit transaction, after its commit. Saves without new outbox rows never signal, so the
/// dispatcher's own bookkeeping does not wake it.
/// </summary>
internal sealed class OutboxSignalInterceptor : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public static readonly OutboxSignalInterceptor Instance = new();

    private static readonly object Marker = new();
    private static readonly ConditionalWeakTable<DbContext, object> SavesWithNewRows = [];
    private static readonly ConditionalWeakTable<DbTransaction, object> TransactionsWithNewRows = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        NotifyIfSaved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        NotifyIfSaved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (TransactionsWithNewRows.Remove(transaction))
        {
            OutboxSignal.Notify();
        }
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    private static void Remember(DbContext? context)
    {
        if (context is null || !HasNewOutboxRows(context.ChangeTracker))
        {
            return;
        }

        if (context.Database.CurrentTransaction is { } transaction)
        {
            TransactionsWithNewRows.AddOrUpdate(transaction.GetDbTransaction(), Marker);
        }
        else
        {
            SavesWithNewRows.AddOrUpdate(context, Marker);
        }
    }

    // Outbox rows are only ever added through their set (OutboxExtensions), which tracks them as
    // Added at once: no need to scan every tracked entity for changes here, which Entries() does by
    // default and SaveChanges does again right after (a read-model batch tracks hundreds of rows).
    private static bool HasNewOutboxRows(ChangeTracker tracker)
    {
        var detecting = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return tracker.Entries<OutboxMessage>().Any(entry => entry.State == EntityState.Added);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private static void NotifyIfSaved(DbContext? context)
    {
        if (context is not null && SavesWithNewRows.Remove(context))
        {
            OutboxSignal.Notify();
        }
    }
}
