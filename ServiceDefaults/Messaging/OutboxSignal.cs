namespace Consortium.ServiceDefaults.Messaging;

/// <summary>
/// Wakes the dispatchers as soon as a transaction with new outbox rows commits, so events leave
/// within milliseconds instead of waiting for the next poll. Every dispatcher of the process
/// wakes (a process may run more than one, each for its own database, and a wake-up taken by one
/// must not leave another asleep with rows to send); one woken for another's rows only looks once
/// more. Polling remains the safety net (a commit in another process signals nobody here).
/// </summary>
internal static class OutboxSignal
{
    private static long s_commits;
    private static TaskCompletionSource s_nextCommit = NewWaiter();

    /// <summary>How many commits have signalled so far: read it before looking for rows, and wait with it.</summary>
    public static long Commits => Interlocked.Read(ref s_commits);

    public static void Notify()
    {
        Interlocked.Increment(ref s_commits);
        Interlocked.Exchange(ref s_nextCommit, NewWaiter()).TrySetResult();
    }

    /// <summary>
    /// Returns at once when a commit signalled since <paramref name="seen"/> was read (rows may
    /// have been committed after the dispatcher looked), otherwise at the next commit or after
    /// <paramref name="timeout"/>.
    /// </summary>
    public static async Task WaitAsync(long seen, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // The waiter is taken before the count is compared: a commit after the comparison
        // completes this waiter, one before it changed the count.
        var nextCommit = Volatile.Read(ref s_nextCommit).Task;
        if (Commits != seen)
        {
            return;
        }

        try
        {
            await nextCommit.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Time to look anyway.
        }
    }

    // Continuations run elsewhere: Notify is called inside EF Core's save and commit.
    private static TaskCompletionSource NewWaiter() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
