using Consortium.Contracts.Events.Districts.V1;
using Consortium.ServiceDefaults.Messaging;
using Consortium.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Consortium.ServiceDefaults.Tests.Messaging;

/// <summary>
/// A batch consumer built on the inbox applies the events waiting in its queue together, each once
/// however often the broker delivers it, and an event that cannot be applied does not hold back
/// the others it arrived with.
/// </summary>
public sealed class InboxBatchTests(TestInfrastructure servers)
{
    private static readonly Dictionary<string, string?> s_quickRetries = new()
    {
        ["Messaging:Retry:Limit"] = "1",
        ["Messaging:Retry:MinInterval"] = "00:00:00.050",
        ["Messaging:Retry:MaxInterval"] = "00:00:00.100",
        ["Messaging:Retry:IntervalDelta"] = "00:00:00.050",
    };

    [Fact]
    public async Task Events_waiting_together_are_applied_together_each_once()
    {
        await using var host = await StartAsync("inbox-batch-once", settings: null);
        var bus = host.Services.GetRequiredService<IBus>();
        DistrictJoined[] events = [.. Enumerable.Range(0, 40).Select(_ => SampleEvents.DistrictJoined())];

        // Each event once, then five of them again: some duplicates share a batch with their first delivery, some come later.
        await Task.WhenAll(events.Select(e => bus.Publish(e, TestContext.Current.CancellationToken)));
        await Task.WhenAll(events.Take(5).Select(e => bus.Publish(e, TestContext.Current.CancellationToken)));
        await host.Deliveries.WaitForAsync(45, TimeSpan.FromSeconds(30));

        foreach (var integrationEvent in events)
        {
            Assert.Equal(1, await host.CountAsync<AppliedEvent>(applied => applied.Where(a => a.EventId == integrationEvent.EventId)));
            Assert.Equal(1, await host.CountAsync<InboxMessage>(inbox => inbox.Where(m => m.MessageId == integrationEvent.EventId)));
        }

        Assert.Contains(host.Services.GetRequiredService<BatchLog>().Handled, handled => handled.Count > 1);
    }

    [Fact]
    public async Task An_event_that_cannot_be_applied_fails_alone_and_the_others_of_its_batch_are_applied()
    {
        await using var host = await StartAsync("inbox-batch-poison", s_quickRetries);
        var bus = host.Services.GetRequiredService<IBus>();
        var poison = SampleEvents.DistrictJoined() with { DistrictId = BatchRecordingConsumer.Unappliable };
        DistrictJoined[] good = [.. Enumerable.Range(0, 9).Select(_ => SampleEvents.DistrictJoined())];

        await Task.WhenAll(good.Take(4).Append(poison).Concat(good.Skip(4)).Select(e => bus.Publish(e, TestContext.Current.CancellationToken)));

        // Nothing is lost: after the broker's retries the failing event waits in the error queue.
        var errorQueue = host.Services.GetRequiredService<IEndpointNameFormatter>().Consumer<BatchRecordingConsumer>() + "_error";
        await ErrorQueue.ReadUntilAsync(host.MessagingConnectionString, errorQueue, poison.EventId, TimeSpan.FromSeconds(30));

        var log = host.Services.GetRequiredService<BatchLog>();
        Assert.Contains(log.Handled, handled => handled.Count > 1 && handled.Contains(BatchRecordingConsumer.Unappliable));
        foreach (var integrationEvent in good)
        {
            Assert.Equal(1, await host.CountAsync<AppliedEvent>(applied => applied.Where(a => a.EventId == integrationEvent.EventId)));
        }

        Assert.Equal(0, await host.CountAsync<AppliedEvent>(applied => applied.Where(a => a.EventId == poison.EventId)));
        Assert.Equal(0, await host.CountAsync<InboxMessage>(inbox => inbox.Where(m => m.MessageId == poison.EventId)));
    }

    // Batches of up to 10, formed within 200 ms, one at a time: the events published together in a test share batches.
    private Task<ConsumerHost> StartAsync(string name, Dictionary<string, string?>? settings) =>
        ConsumerHost.StartAsync<BatchRecordingConsumer>(servers, name, settings, (_, consumer) =>
            consumer.Options<BatchOptions>(batch => batch.SetMessageLimit(10).SetTimeLimit(TimeSpan.FromMilliseconds(200)).SetConcurrencyLimit(1)));
}
