using System.Runtime.Versioning;

namespace Consortium.Hosting.Servers;

/// <summary>Polls a server until it answers, failing fast (with its log) when it exits instead.</summary>
[SupportedOSPlatform("linux")]
internal static class Readiness
{
    private static readonly TimeSpan s_pollInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan s_attemptTimeout = TimeSpan.FromSeconds(2);

    /// <param name="probe">Returns true once the server answers; may throw while it does not.</param>
    public static async Task WaitAsync(
        string what,
        Func<CancellationToken, Task<bool>> probe,
        ServerProcess process,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (process.HasExited)
            {
                throw ServerStartException.WithLog($"{what} exited while starting.", process.LogFile);
            }

            Exception? lastFailure = null;
            using (var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                attempt.CancelAfter(s_attemptTimeout);
                try
                {
                    if (await probe(attempt.Token))
                    {
                        return;
                    }
                }
                catch (Exception exception) when (exception is IOException or System.Net.Sockets.SocketException
                    || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
                {
                    lastFailure = exception;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw ServerStartException.WithLog($"{what} did not answer within {timeout.TotalSeconds:0} s.", process.LogFile, lastFailure);
            }

            await Task.Delay(s_pollInterval, cancellationToken);
        }
    }
}
