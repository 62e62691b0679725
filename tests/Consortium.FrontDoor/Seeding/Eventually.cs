using Grpc.Core;

namespace Consortium.FrontDoor.Seeding;

/// <summary>
/// Services learn from each other through events: a call that depends on what another service
/// published (a district, a cycle's opening, a topic) is refused until the event has arrived.
/// Retried on those refusals only, with a short pause, within a deadline.
/// </summary>
internal static class Eventually
{
    public static async Task<T> SucceedsAsync<T>(Func<Task<T>> call, TimeSpan patience, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + patience;
        while (true)
        {
            try
            {
                return await call();
            }
            catch (RpcException exception) when (IsNotYetKnown(exception) && DateTimeOffset.UtcNow < deadline)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    public static bool IsNotYetKnown(RpcException exception) =>
        exception.StatusCode is StatusCode.FailedPrecondition or StatusCode.NotFound or StatusCode.Unavailable;
}
