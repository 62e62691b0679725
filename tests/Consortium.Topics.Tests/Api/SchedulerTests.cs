using Consortium.Contracts.Events.Topics.V1;
using Consortium.Contracts.Topics.V1;
using Consortium.Testing.Services;
using Xunit;

namespace Consortium.Topics.Tests.Api;

/// <summary>The service opens and closes windows by itself when their times arrive (it checks every second here).</summary>
public sealed class SchedulerTests(TopicsServiceFixture fixture) : IClassFixture<TopicsServiceFixture>
{
    [Fact]
    public async Task A_window_opens_and_closes_at_its_times_with_events()
    {
        var cycle = await fixture.CreateCycleAsync(opensIn: TimeSpan.FromSeconds(2), closesIn: TimeSpan.FromSeconds(5));
        var id = Guid.Parse(cycle.CycleId);

        await fixture.WaitForEventAsync<CycleOpened>(e => e.CycleId == id, "CycleOpened at the window's opening time");
        await fixture.WaitForEventAsync<CycleClosed>(e => e.CycleId == id, "CycleClosed at the window's closing time");

        var closed = await fixture.Lead().GetCycleAsync(new GetCycleRequest { CycleId = cycle.CycleId });
        Assert.Equal(CycleStatus.Closed, closed.Status);
        // The planned times are kept: they say when the window really opened and closed.
        Assert.Equal(cycle.SubmissionOpensAt, closed.SubmissionOpensAt);
        Assert.Equal(cycle.SubmissionClosesAt, closed.SubmissionClosesAt);
        var opened = Assert.Single(fixture.Events.Received<CycleOpened>(), e => e.CycleId == id);
        var closedEvent = Assert.Single(fixture.Events.Received<CycleClosed>(), e => e.CycleId == id);
        Assert.True(opened.CycleVersion < closedEvent.CycleVersion);
        Assert.Equal(closed.Version, closedEvent.CycleVersion);
    }

    [Fact]
    public async Task Cycles_whose_times_have_not_come_are_left_alone()
    {
        var cycle = await fixture.CreateCycleAsync(opensIn: TimeSpan.FromDays(1), closesIn: TimeSpan.FromDays(2));
        await fixture.Staff().OpenCycleAsync(new OpenCycleRequest { CycleId = cycle.CycleId });
        var planningOnly = await fixture.CreateCycleAsync(opensIn: TimeSpan.FromDays(1), closesIn: TimeSpan.FromDays(2));

        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);

        Assert.Equal(CycleStatus.Open, (await fixture.Staff().GetCycleAsync(new GetCycleRequest { CycleId = cycle.CycleId })).Status);
        Assert.Equal(CycleStatus.Planning, (await fixture.Staff().GetCycleAsync(new GetCycleRequest { CycleId = planningOnly.CycleId })).Status);
    }

    [Fact]
    public async Task Two_instances_open_and_close_each_window_exactly_once()
    {
        // A second instance of the service on the same database and broker, as in a scaled-out deployment.
        await using var second = new ServiceUnderTest<Program>(fixture.Service.Environment, new Dictionary<string, string?>
        {
            ["Topics:CycleScheduler:Interval"] = "00:00:01",
        });
        var cycles = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            cycles.Add(Guid.Parse((await fixture.CreateCycleAsync(opensIn: TimeSpan.FromSeconds(2), closesIn: TimeSpan.FromSeconds(4))).CycleId));
        }

        await fixture.Events.WaitUntilAsync(
            events => cycles.All(id => events.Received<CycleClosed>().Any(e => e.CycleId == id)),
            TopicsServiceFixture.EventTimeout, "CycleClosed for the three cycles");
        // Give a duplicate time to show up if both instances were to act on one cycle.
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);

        Assert.All(cycles, id =>
        {
            Assert.Single(fixture.Events.Received<CycleOpened>(), e => e.CycleId == id);
            Assert.Single(fixture.Events.Received<CycleClosed>(), e => e.CycleId == id);
        });
    }
}
