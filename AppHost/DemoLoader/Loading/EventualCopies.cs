using Grpc.Core;

namespace Consortium.DemoLoader.Loading;

/// <summary>
/// Submissions and Pipeline learn districts and topics from events; right after the demo created
/// them the copies may still be on their way, which those services say with FAILED_PRECONDITION.
/// </summary>
internal static class EventualCopies
{
    // Generous: on a busy machine the first events can take a while to cross the broker.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(250);

    public static async Task<T> WhenArrivedAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                return await call();
            }
            catch (RpcException exception) when (exception.StatusCode == StatusCode.FailedPrecondition && DateTime.UtcNow < deadline)
            {
                await Task.Delay(Pause, cancellationToken);
            }
        }
    }
}
