using Consortium.Contracts.Events.Topics.V1;
using Consortium.Contracts.Topics.V1;
using Consortium.Testing.Services;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Consortium.Topics.Tests.Api;

public sealed class CycleTests(TopicsServiceFixture fixture) : IClassFixture<TopicsServiceFixture>
{
    [Fact]
    public async Task Create_then_get_returns_the_planned_cycle()
    {
        var request = fixture.NewCycle();
        request.MeetingDate = new Google.Type.Date { Year = 2099, Month = 5, Day = 4 };

        var created = await fixture.Staff().CreateCycleAsync(request);
        var fetched = await fixture.Lead().GetCycleAsync(new GetCycleRequest { CycleId = created.CycleId });

        Assert.Equal(created, fetched);
        Assert.Equal(CycleStatus.Planning, fetched.Status);
        Assert.Equal(request.SchoolYear, fetched.SchoolYear);
        Assert.Equal(request.SubmissionClosesAt.ToDateTimeOffset().AddTicks(-(request.SubmissionClosesAt.ToDateTimeOffset().Ticks % 10)), fetched.SubmissionClosesAt.ToDateTimeOffset());
        Assert.Equal(1, fetched.Version);
    }

    [Fact]
    public async Task Only_one_cycle_per_half_of_a_school_year()
    {
        var request = fixture.NewCycle();
        await fixture.Staff().CreateCycleAsync(request);

        request.Name = "A second try";
        await RpcAssert.FailsWith(StatusCode.AlreadyExists, async () => await fixture.Staff().CreateCycleAsync(request));
        Assert.Equal(0, await fixture.QueryAsync(db => db.Cycles.CountAsync(cycle => cycle.Name == "A second try")));
    }

    [Fact]
    public async Task Invalid_plans_name_every_bad_field_and_write_nothing()
    {
        var before = await fixture.QueryAsync(db => db.Cycles.CountAsync());
        var request = new CreateCycleRequest
        {
            SchoolYear = "2026-2027",
            Name = "x",
            SubmissionOpensAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(3)),
            SubmissionClosesAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(2)),
        };

        await RpcAssert.InvalidFields(async () => await fixture.Staff().CreateCycleAsync(request), "school_year", "half", "name", "submission_closes_at");
        Assert.Equal(before, await fixture.QueryAsync(db => db.Cycles.CountAsync()));
    }

    [Fact]
    public async Task The_plan_changes_while_planning_and_not_after_opening()
    {
        var cycle = await fixture.CreateCycleAsync();

        var renamed = await fixture.Staff().UpdateCycleAsync(new UpdateCycleRequest { CycleId = cycle.CycleId, Name = "Spring benchmarking", ExpectedVersion = cycle.Version });
        Assert.Equal("Spring benchmarking", renamed.Name);
        Assert.Equal(cycle.SubmissionOpensAt, renamed.SubmissionOpensAt);
        await RpcAssert.FailsWith(StatusCode.Aborted, async () =>
            await fixture.Staff().UpdateCycleAsync(new UpdateCycleRequest { CycleId = cycle.CycleId, Name = "Stale", ExpectedVersion = cycle.Version }));

        await fixture.Staff().OpenCycleAsync(new OpenCycleRequest { CycleId = cycle.CycleId });
        await RpcAssert.RuleViolated(
            async () => await fixture.Staff().UpdateCycleAsync(new UpdateCycleRequest { CycleId = cycle.CycleId, Name = "Too late" }),
            "CYCLE_NOT_PLANNING");
    }

    [Fact]
    public async Task Moving_a_cycle_onto_a_taken_half_is_already_exists()
    {
        var taken = await fixture.CreateCycleAsync();
        var other = await fixture.CreateCycleAsync();

        await RpcAssert.FailsWith(StatusCode.AlreadyExists, async () => await fixture.Staff().UpdateCycleAsync(
            new UpdateCycleRequest { CycleId = other.CycleId, SchoolYear = taken.SchoolYear, Half = taken.Half }));
    }

    [Fact]
    public async Task Opening_closing_and_publishing_results_move_the_window_and_publish_events()
    {
        var cycle = await fixture.CreateCycleAsync();
        var staff = fixture.Staff();

        var opened = await staff.OpenCycleAsync(new OpenCycleRequest { CycleId = cycle.CycleId });
        Assert.Equal(CycleStatus.Open, opened.Status);
        Assert.True(opened.SubmissionOpensAt.ToDateTimeOffset() < cycle.SubmissionOpensAt.ToDateTimeOffset());

        var closed = await staff.CloseCycleAsync(new CloseCycleRequest { CycleId = cycle.CycleId });
        Assert.Equal(CycleStatus.Closed, closed.Status);
        Assert.True(closed.SubmissionClosesAt.ToDateTimeOffset() < cycle.SubmissionClosesAt.ToDateTimeOffset());

        var published = await staff.PublishResultsAsync(new PublishResultsRequest { CycleId = cycle.CycleId });
        Assert.Equal(CycleStatus.ResultsPublished, published.Status);
        Assert.NotNull(published.ResultsPublishedAt);

        var id = Guid.Parse(cycle.CycleId);
        await fixture.WaitForEventAsync<ResultsPublished>(e => e.CycleId == id, "ResultsPublished");
        await fixture.WaitForEventAsync<CycleClosed>(e => e.CycleId == id, "CycleClosed");
        await fixture.WaitForEventAsync<CycleOpened>(e => e.CycleId == id, "CycleOpened");
        var openedEvent = fixture.Events.Received<CycleOpened>().Single(e => e.CycleId == id);
        Assert.Equal(opened.Version, openedEvent.CycleVersion);
        Assert.Equal(opened.SubmissionOpensAt.ToDateTimeOffset(), openedEvent.SubmissionOpensAt);
        Assert.Equal(cycle.SchoolYear, openedEvent.SchoolYear);
        Assert.Equal(closed.SubmissionClosesAt.ToDateTimeOffset(), fixture.Events.Received<CycleClosed>().Single(e => e.CycleId == id).ClosedAt);
    }

    [Fact]
    public async Task A_closed_cycle_cannot_be_opened_again()
    {
        var cycle = await fixture.CreateCycleAsync();
        await fixture.Staff().OpenCycleAsync(new OpenCycleRequest { CycleId = cycle.CycleId });
        var closed = await fixture.Staff().CloseCycleAsync(new CloseCycleRequest { CycleId = cycle.CycleId });

        await RpcAssert.RuleViolated(async () => await fixture.Staff().OpenCycleAsync(new OpenCycleRequest { CycleId = cycle.CycleId }), "CYCLE_TRANSITION");
        await RpcAssert.RuleViolated(async () => await fixture.Staff().CloseCycleAsync(new CloseCycleRequest { CycleId = cycle.CycleId }), "CYCLE_TRANSITION");
        Assert.Equal(closed, await fixture.Staff().GetCycleAsync(new GetCycleRequest { CycleId = cycle.CycleId }));
    }

    [Fact]
    public async Task Unknown_and_malformed_ids()
    {
        await RpcAssert.FailsWith(StatusCode.NotFound, async () => await fixture.Staff().GetCycleAsync(new GetCycleRequest { CycleId = Guid.NewGuid().ToString() }));
        await RpcAssert.InvalidFields(async () => await fixture.Staff().OpenCycleAsync(new OpenCycleRequest { CycleId = "nope" }), "cycle_id");
    }
}
