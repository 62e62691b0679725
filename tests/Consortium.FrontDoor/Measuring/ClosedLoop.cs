using System.Diagnostics;

namespace Consortium.FrontDoor.Measuring;

/// <summary>
/// A fixed number of clients, each calling as soon as its previous call returned, for a fixed
/// time or until the work runs out: throughput at a given concurrency, as the front door sees it.
/// A failed call is counted (by the operation's stats) and the client carries on.
/// </summary>
internal static class ClosedLoop
{
    public static async Task<TimeSpan> RunAsync(int clients, TimeSpan duration, Func<int, CancellationToken, Task<bool>> iteration, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(duration);
        var started = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            while (!deadline.IsCancellationRequested)
            {
                try
                {
                    if (!await iteration(client, deadline.Token))
                    {
                        return; // no more work for this client
                    }
                }
                catch (OperationCanceledException) when (deadline.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception) when (!cancellationToken.IsCancellationRequested)
                {
                    // Counted by the operation; a load generator keeps loading.
                }
            }
        }, CancellationToken.None)).ToList();
        await Task.WhenAll(workers);
        cancellationToken.ThrowIfCancellationRequested();
        return started.Elapsed;
    }
}
