using Consortium.ServiceDefaults.Outages;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Consortium.ServiceDefaults.Messaging;

/// <summary>
/// How every inbox consumer, one event at a time or a batch, attempts its application: a database
/// outage is waited out here, quietly, holding the message (going through the broker's retries
/// would log a stack trace per attempt and park the event in <c>_error</c>); a concurrent change
/// to the same rows is applied again a few times before the broker's retries take over.
/// </summary>
internal static partial class InboxAttempts
{
    /// <summary>How often an event that met a concurrent change to the same rows is applied again here.</summary>
    private const int ConcurrentChangeRetries = 5;

    /// <summary>How often a consumer looks again for a database that cannot be reached.</summary>
    private static readonly TimeSpan DatabaseRetryDelay = TimeSpan.FromSeconds(1);

    /// <param name="applyOnce">One attempt in a transaction of its own; what it tracked is cleared before the next.</param>
    public static async Task RunAsync(ConsumeContext context, DbContext db, string eventType, Func<Task> applyOnce)
    {
        var outages = context.GetServiceOrCreateInstance<OutageLog>();
        var conflicts = 0;
        while (true)
        {
            try
            {
                await applyOnce();
                outages.Succeeded(UnreachableServers.Database);
                return;
            }
            catch (Exception exception) when (UnreachableServers.Classify(exception) == UnreachableServers.Database
                                              && !context.CancellationToken.IsCancellationRequested)
            {
                outages.Failed(UnreachableServers.Database, exception);
                db.ChangeTracker.Clear();
                await Task.Delay(DatabaseRetryDelay, context.CancellationToken);
            }
            catch (Exception exception) when (IsConcurrentChange(exception) && ++conflicts <= ConcurrentChangeRetries)
            {
                // Two events about the same row applied at once: normal operation, not an error.
                // Applying it again reads the other's committed change (a new transaction, a new claim).
                var logger = context.GetServiceOrCreateInstance<ILoggerFactory>().CreateLogger(typeof(InboxAttempts).FullName!);
                LogConcurrentChange(logger, eventType, conflicts, exception.GetType().Name);
                db.ChangeTracker.Clear();
            }
        }
    }

    private static bool IsConcurrentChange(Exception exception) => exception is DbUpdateConcurrencyException
        or DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected } }
        or PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected };

    [LoggerMessage(Level = LogLevel.Information, Message = "{EventType} met a concurrent change to the same rows ({Reason}); applying it again (attempt {Attempt})")]
    private static partial void LogConcurrentChange(ILogger logger, string eventType, int attempt, string reason);
}
