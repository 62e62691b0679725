using Consortium.ServiceDefaults.Messaging;
using Consortium.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Consortium.ServiceDefaults.Tests.Messaging;

/// <summary>
/// A saved event leaves when its save or transaction commits, not at the dispatcher's next look:
/// here the dispatcher would look again only after five minutes, so a delivery within seconds is
/// the commit's signal.
/// </summary>
public sealed class OutboxSignalTests(TestInfrastructure servers)
{
    private static readonly Dictionary<string, string?> SlowPolling = new() { ["Messaging:Outbox:PollInterval"] = "00:05:00" };

    [Fact]
    public async Task An_event_saved_in_a_transaction_leaves_when_the_transaction_commits()
    {
        await using var host = await ConsumerHost.StartAsync<RecordingConsumer>(servers, "outbox-signal-transaction", SlowPolling);
        var message = SampleEvents.DistrictJoined();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InboxTestDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            db.AppliedEvents.Add(new AppliedEvent { Id = Guid.CreateVersion7(), EventId = Guid.CreateVersion7() });
            db.AddIntegrationEvent(message);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            await transaction.CommitAsync(TestContext.Current.CancellationToken);
        }

        await host.Deliveries.WaitForAsync(1, TimeSpan.FromSeconds(30));
        Assert.Equal(1, await host.CountAsync<AppliedEvent>(events => events.Where(e => e.EventId == message.EventId)));
    }

    [Fact]
    public async Task An_event_saved_on_its_own_leaves_when_the_save_commits()
    {
        await using var host = await ConsumerHost.StartAsync<RecordingConsumer>(servers, "outbox-signal-save", SlowPolling);
        var message = SampleEvents.DistrictJoined();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InboxTestDbContext>();
            db.AddIntegrationEvent(message);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await host.Deliveries.WaitForAsync(1, TimeSpan.FromSeconds(30));
        Assert.Equal(1, await host.CountAsync<AppliedEvent>(events => events.Where(e => e.EventId == message.EventId)));
    }
}
