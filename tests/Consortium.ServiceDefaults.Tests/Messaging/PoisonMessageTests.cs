using System.Collections.Concurrent;
using Consortium.Contracts.Events.Districts.V1;
using Consortium.ServiceDefaults.Messaging;
using Consortium.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Consortium.ServiceDefaults.Tests.Messaging;

/// <summary>A message that keeps failing is retried, then parked in the <c>_error</c> queue — never acknowledged away.</summary>
public sealed class PoisonMessageTests(TestInfrastructure servers)
{
    [Fact]
    public async Task A_failing_message_is_retried_then_moved_to_the_error_queue_with_no_partial_effect()
    {
        await using var host = await ConsumerHost.StartAsync<FailingConsumer>(servers, "poison", new Dictionary<string, string?>
        {
            ["Messaging:Retry:Limit"] = "2",
            ["Messaging:Retry:MinInterval"] = "00:00:00.050",
            ["Messaging:Retry:MaxInterval"] = "00:00:00.200",
            ["Messaging:Retry:IntervalDelta"] = "00:00:00.050",
        });
        var errorQueue = host.Services.GetRequiredService<IEndpointNameFormatter>().Consumer<FailingConsumer>() + "_error";
        var message = SampleEvents.DistrictJoined();

        await host.Services.GetRequiredService<IBus>().Publish(message, TestContext.Current.CancellationToken);
        var parked = await ReadOneFromAsync(host.MessagingConnectionString, errorQueue, TimeSpan.FromSeconds(30));

        Assert.Equal(message.EventId, parked.EventId);
        Assert.Equal(0, await host.CountAsync<AppliedEvent>(events => events.Where(e => e.EventId == message.EventId)));
        Assert.Equal(0, await host.CountAsync<InboxMessage>(inbox => inbox.Where(m => m.MessageId == message.EventId)));
    }

    /// <summary>Reads the error queue as an operator's tool would: a plain receive endpoint on it, bound to nothing.</summary>
    private static async Task<DistrictJoined> ReadOneFromAsync(string amqp, string queue, TimeSpan timeout)
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
            while (received.IsEmpty)
            {
                Assert.True(DateTime.UtcNow < deadline, $"Nothing arrived in {queue} within {timeout}.");
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }

            return Assert.Single(received);
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
        }
    }
}
