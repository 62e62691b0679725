using Consortium.Contracts.Events.Districts.V1;
using Consortium.ServiceDefaults.Messaging;
using Consortium.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Consortium.ServiceDefaults.Tests.Messaging;

/// <summary>A consumer built on the inbox applies a message once, however often the broker delivers it.</summary>
public sealed class InboxTests(TestInfrastructure servers)
{
    [Fact]
    public async Task A_message_delivered_twice_is_applied_once()
    {
        await using var host = await ConsumerHost.StartAsync<RecordingConsumer>(servers, "inbox-twice");
        var message = SampleEvents.DistrictJoined();

        await host.Services.GetRequiredService<IBus>().Publish(message, TestContext.Current.CancellationToken);
        await host.Services.GetRequiredService<IBus>().Publish(message, TestContext.Current.CancellationToken);
        await host.Deliveries.WaitForAsync(2, TimeSpan.FromSeconds(20));

        Assert.Equal(1, await host.CountAsync<AppliedEvent>(events => events.Where(e => e.EventId == message.EventId)));
        Assert.Equal(1, await host.CountAsync<InboxMessage>(inbox => inbox.Where(m => m.MessageId == message.EventId)));
    }

    [Fact]
    public async Task Concurrent_duplicates_are_applied_once()
    {
        await using var host = await ConsumerHost.StartAsync<RecordingConsumer>(servers, "inbox-concurrent");
        var bus = host.Services.GetRequiredService<IBus>();
        var message = SampleEvents.DistrictJoined();

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => bus.Publish(message, TestContext.Current.CancellationToken)));
        await host.Deliveries.WaitForAsync(5, TimeSpan.FromSeconds(20));

        Assert.Equal(1, await host.CountAsync<AppliedEvent>(events => events.Where(e => e.EventId == message.EventId)));
    }
}
