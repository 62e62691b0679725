using Consortium.Contracts.Events.Districts.V1;
using Consortium.ServiceDefaults.Data;
using Consortium.ServiceDefaults.Messaging;
using Consortium.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace Consortium.ServiceDefaults.Tests.Messaging;

/// <summary>A consumer built on the inbox applies a message once, however often the broker delivers it.</summary>
public sealed class InboxTests(TestInfrastructure servers)
{
    [Fact]
    public async Task A_message_delivered_twice_is_applied_once()
    {
        await using var host = await StartConsumerHostAsync();
        var bus = host.Services.GetRequiredService<IBus>();
        var deliveries = host.Services.GetRequiredService<DeliveryCounter>();
        var message = SampleEvent();

        await bus.Publish(message, TestContext.Current.CancellationToken);
        await bus.Publish(message, TestContext.Current.CancellationToken);
        await deliveries.WaitForAsync(2, TimeSpan.FromSeconds(20));

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InboxTestDbContext>();
        Assert.Equal(1, await db.AppliedEvents.CountAsync(e => e.EventId == message.EventId, TestContext.Current.CancellationToken));
        Assert.Equal(1, await db.Set<InboxMessage>().CountAsync(m => m.MessageId == message.EventId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Concurrent_duplicates_are_applied_once()
    {
        await using var host = await StartConsumerHostAsync();
        var bus = host.Services.GetRequiredService<IBus>();
        var deliveries = host.Services.GetRequiredService<DeliveryCounter>();
        var message = SampleEvent();

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => bus.Publish(message, TestContext.Current.CancellationToken)));
        await deliveries.WaitForAsync(5, TimeSpan.FromSeconds(20));

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InboxTestDbContext>();
        Assert.Equal(1, await db.AppliedEvents.CountAsync(e => e.EventId == message.EventId, TestContext.Current.CancellationToken));
    }

    private static DistrictJoined SampleEvent() => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        DistrictId = Guid.CreateVersion7(),
        DistrictVersion = 1,
        Name = "Inbox Test District",
        NcesLeaId = "5300001",
        State = "WA",
        LocaleCode = 21,
        MembershipStatus = MembershipStatusV1.Active,
        JoinedOn = new DateOnly(2025, 7, 1),
        SharingPreference = SharingPreferenceV1.Named,
    };

    private async Task<ConsumerHost> StartConsumerHostAsync()
    {
        var database = await servers.CreateDatabaseAsync("inbox");
        var messaging = await servers.CreateVirtualHostAsync("inbox");
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration[$"ConnectionStrings:{MessagingExtensions.ConnectionName}"] = messaging;
        builder.Services.AddDbContext<InboxTestDbContext>(options => DatabaseExtensions.Configure(options, database));
        builder.Services.AddSingleton<DeliveryCounter>();
        builder.AddServiceMessaging<InboxTestDbContext>("inbox-test", bus => bus.AddConsumer<RecordingConsumer>());

        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<InboxTestDbContext>().Database.EnsureCreatedAsync();
        }

        host.Services.GetRequiredService<IBusControl>().ConnectConsumeObserver(host.Services.GetRequiredService<DeliveryCounter>());
        await host.StartAsync();
        await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        return new ConsumerHost(host);
    }

    private sealed class ConsumerHost(IHost host) : IAsyncDisposable
    {
        public IServiceProvider Services => host.Services;

        public async ValueTask DisposeAsync()
        {
            await host.StopAsync();
            host.Dispose();
        }
    }
}
