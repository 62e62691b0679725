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
        var parked = await ErrorQueue.ReadUntilAsync(host.MessagingConnectionString, errorQueue, message.EventId, TimeSpan.FromSeconds(30));

        Assert.Equal(message.EventId, Assert.Single(parked).EventId);
        Assert.Equal(0, await host.CountAsync<AppliedEvent>(events => events.Where(e => e.EventId == message.EventId)));
        Assert.Equal(0, await host.CountAsync<InboxMessage>(inbox => inbox.Where(m => m.MessageId == message.EventId)));
    }
}
