using System.Diagnostics;
using MassTransit;

namespace Consortium.ServiceDefaults.Tests.Messaging;

/// <summary>Counts deliveries the consumer finished (applied or skipped), so a test knows every duplicate was seen.</summary>
public sealed class DeliveryCounter : IConsumeObserver
{
    private int _consumed;

    public async Task WaitForAsync(int expected, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (Volatile.Read(ref _consumed) < expected)
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Only {_consumed} of {expected} deliveries were consumed within {timeout}.");
            }

            await Task.Delay(25);
        }
    }

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        Interlocked.Increment(ref _consumed);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
