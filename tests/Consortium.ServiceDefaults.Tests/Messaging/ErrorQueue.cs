using System.Collections.Concurrent;
using Consortium.Contracts.Events.Districts.V1;
using MassTransit;
using Xunit;

namespace Consortium.ServiceDefaults.Tests.Messaging;

/// <summary>Reads an <c>_error</c> queue as an operator's tool would: a plain receive endpoint on it, bound to nothing.</summary>
internal static class ErrorQueue
{
    /// <summary>What arrived in <paramref name="queue"/> until <paramref name="expected"/> did (or the timeout failed the test).</summary>
    public static async Task<IReadOnlyList<DistrictJoined>> ReadUntilAsync(string amqp, string queue, Guid expected, TimeSpan timeout)
    {
        var received = new ConcurrentQueue<DistrictJoined>();
        var address = new Uri(amqp);
        var credentials = address.UserInfo.Split(':', 2);
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(address.Host, (ushort)address.Port, Uri.UnescapeDataString(address.AbsolutePath.TrimStart('/')), host =>
            {
                host.Username(Uri.UnescapeDataString(credentials[0]));
                host.Password(Uri.UnescapeDataString(credentials[1]));
            });
            rabbit.ReceiveEndpoint(queue, endpoint =>
            {
                endpoint.ConfigureConsumeTopology = false;
                endpoint.Handler<DistrictJoined>(context =>
                {
                    received.Enqueue(context.Message);
                    return Task.CompletedTask;
                });
            });
        });
        await bus.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            var deadline = DateTime.UtcNow + timeout;
            while (!received.Any(message => message.EventId == expected))
            {
                Assert.True(DateTime.UtcNow < deadline, $"{expected} did not arrive in {queue} within {timeout}.");
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }

            return [.. received];
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
        }
    }
}
