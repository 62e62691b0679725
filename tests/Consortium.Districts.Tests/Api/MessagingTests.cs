using System.Diagnostics;
using Consortium.Contracts.Districts.V1;
using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Security;
using Consortium.Hosting;
using Consortium.Testing;
using Consortium.Testing.Services;
using Grpc.Core;
using Xunit;

namespace Consortium.Districts.Tests.Api;

/// <summary>Events leave through the outbox: a broker outage delays them, never drops or doubles them, and the trace crosses the broker.</summary>
public sealed class MessagingTests(DistrictsServiceFixture fixture, TestInfrastructure servers)
    : IClassFixture<DistrictsServiceFixture>
{
    [Fact]
    public async Task The_trace_of_a_grpc_call_continues_in_the_consumer_across_RabbitMQ()
    {
        using var listener = RecordAllActivities();
        using var source = new ActivitySource("Consortium.Districts.Tests");
        using var root = source.StartActivity("district lead creates a district", ActivityKind.Client)
            ?? throw new InvalidOperationException("No listener for the test's own activity source.");

        var created = await fixture.Staff().CreateDistrictAsync(
            DistrictsServiceFixture.NewDistrict(),
            new Metadata { { "traceparent", root.Id! } });

        await fixture.Events.WaitUntilAsync(
            events => events.Received<DistrictJoined>().Any(e => e.DistrictId.ToString() == created.DistrictId),
            TimeSpan.FromSeconds(20), "DistrictJoined");
        var delivery = fixture.Events.Deliveries.Single(d => d.Event is DistrictJoined joined && joined.DistrictId.ToString() == created.DistrictId);
        Assert.Equal(root.TraceId, delivery.TraceId);
    }

    [Fact]
    public async Task With_the_broker_down_updates_succeed_and_every_event_arrives_exactly_once_when_it_is_back()
    {
        await using var broker = await servers.StartDedicatedRabbitMqAsync();
        var environment = await ServiceEnvironment.CreateAsync(servers, ResourceNames.DistrictsDb, broker.ConnectionString);
        // The default back-off and publish timeout: events must flow within seconds of the broker's return.
        await using var service = new ServiceUnderTest<Program>(environment);
        await using var events = await EventCollector.StartAsync(environment.MessagingConnectionString, typeof(DistrictJoined), typeof(DistrictDetailsUpdated));
        var client = new DistrictsService.DistrictsServiceClient(service.Channel(environment.Tokens.Issue("staff", Roles.ConsortiumStaff)));
        var district = await client.CreateDistrictAsync(DistrictsServiceFixture.NewDistrict());
        await events.WaitUntilAsync(e => e.Received<DistrictJoined>().Any(), TimeSpan.FromSeconds(20), "DistrictJoined before the outage");

        await broker.StopAsync();
        const int updates = 5;
        for (var i = 1; i <= updates; i++)
        {
            var updated = await client.UpdateDistrictAsync(new UpdateDistrictRequest { DistrictId = district.DistrictId, Name = $"Renamed during outage {i}" });
            Assert.Equal(district.Version + i, updated.Version);
        }

        // Long enough for the outbox to back off as far as it goes.
        await Task.Delay(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await broker.StartAsync(TestContext.Current.CancellationToken);
        var back = Stopwatch.StartNew();
        await events.WaitUntilAsync(e => e.Received<DistrictDetailsUpdated>().Count() >= updates, TimeSpan.FromSeconds(60), $"{updates} DistrictDetailsUpdated after the outage");
        // Reported, not asserted (no timing assertions in tests).
        TestContext.Current.TestOutputHelper?.WriteLine($"Events flowed {back.Elapsed.TotalSeconds:0.0} s after the broker was back");
        // Give a duplicate time to show up if the outbox were to send one twice.
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);

        var received = events.Received<DistrictDetailsUpdated>().ToList();
        Assert.Equal(updates, received.Count);
        Assert.Equal(updates, received.Select(e => e.EventId).Distinct().Count());
        Assert.Equal(Enumerable.Range(district.Version + 1, updates), received.Select(e => e.DistrictVersion).Order());
    }

    private static ActivityListener RecordAllActivities()
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
