namespace Consortium.ServiceDefaults.Messaging;

/// <summary>
/// Wakes the dispatcher as soon as a transaction with new outbox rows commits, so events leave
/// within milliseconds instead of waiting for the next poll. Polling remains the safety net (a
/// signal can be missed by another process; a row is never missed).
/// </summary>
internal static class OutboxSignal
{
    private static readonly SemaphoreSlim Pending = new(0, 1);

    public static void Notify()
    {
        try
        {
            Pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one wake-up covers every commit before it.
        }
    }

    public static Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        Pending.WaitAsync(timeout, cancellationToken);
}
