using Consortium.Contracts.Pipeline.V1;
using Consortium.Testing.Services;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Xunit;
using PipelineRules = Consortium.Pipeline.Domain.PipelineRules;

namespace Consortium.Pipeline.Tests.Api;

/// <summary>Development activities per RPC: validation, who may see and change them, paging, retries.</summary>
public sealed class DevelopmentActivityTests(PipelineServiceFixture fixture) : IClassFixture<PipelineServiceFixture>
{
    [Fact]
    public async Task Bad_input_names_every_field_and_writes_nothing()
    {
        var district = await fixture.NewDistrictAsync();
        var leader = await fixture.EnrollAsync(district);
        var lead = fixture.LeadOf(district);
        var request = new AddDevelopmentActivityRequest
        {
            LeaderId = leader.LeaderId,
            Title = "x",
            Hours = new Google.Type.Decimal { Value = "lots" },
            StartOn = new Google.Type.Date { Year = 2025, Month = 2, Day = 30 },
            Status = DevelopmentActivityStatus.Withdrawn,
            CompetencyCodes = { "not-in-the-framework" },
        };

        await RpcAssert.InvalidFields(async () => await lead.AddDevelopmentActivityAsync(request), "hours", "start_on");
        request.Hours.Value = "0";
        request.StartOn.Day = 28;
        await RpcAssert.InvalidFields(
            async () => await lead.AddDevelopmentActivityAsync(request),
            "kind", "title", "provider", "hours", "status", "competency_codes[0]");

        Assert.Equal(0, await CountActivitiesAsync(leader));
    }

    [Fact]
    public async Task Status_moves_forward_only_with_reasons_for_withdrawal_and_keeps_its_history()
    {
        var district = await fixture.NewDistrictAsync();
        var leader = await fixture.EnrollAsync(district);
        var lead = fixture.LeadOf(district);
        var request = PipelineServiceFixture.NewActivity(leader, await fixture.NewCompetencyAsync());
        request.Status = DevelopmentActivityStatus.Planned;
        var planned = await lead.AddDevelopmentActivityAsync(request);

        await RpcAssert.RuleViolated(
            async () => await lead.UpdateDevelopmentActivityStatusAsync(new UpdateDevelopmentActivityStatusRequest { ActivityId = planned.ActivityId, Status = DevelopmentActivityStatus.Completed }),
            PipelineRules.DevelopmentStatusTransition);
        await RpcAssert.InvalidFields(
            async () => await lead.UpdateDevelopmentActivityStatusAsync(new UpdateDevelopmentActivityStatusRequest { ActivityId = planned.ActivityId, Status = DevelopmentActivityStatus.Withdrawn }),
            "reason");
        var started = await lead.UpdateDevelopmentActivityStatusAsync(new UpdateDevelopmentActivityStatusRequest { ActivityId = planned.ActivityId, Status = DevelopmentActivityStatus.InProgress });
        var done = await lead.UpdateDevelopmentActivityStatusAsync(new UpdateDevelopmentActivityStatusRequest
        {
            ActivityId = planned.ActivityId,
            Status = DevelopmentActivityStatus.Completed,
            Hours = new Google.Type.Decimal { Value = "40.5" },
            ExpectedVersion = started.Version,
        });

        Assert.Equal(DevelopmentActivityStatus.Completed, done.Status);
        Assert.Equal("40.5", done.Hours.Value);
        Assert.Equal(
            [DevelopmentActivityStatus.Planned, DevelopmentActivityStatus.InProgress, DevelopmentActivityStatus.Completed],
            done.StatusHistory.Select(change => change.ToStatus));
        Assert.All(done.StatusHistory, change => Assert.Equal($"lead-{district}", change.ChangedBy));
        await RpcAssert.FailsWith(StatusCode.Aborted, async () => await lead.UpdateDevelopmentActivityStatusAsync(
            new UpdateDevelopmentActivityStatusRequest { ActivityId = planned.ActivityId, Status = DevelopmentActivityStatus.Withdrawn, Reason = "late", ExpectedVersion = started.Version }));
        await RpcAssert.RuleViolated(
            async () => await lead.UpdateDevelopmentActivityStatusAsync(new UpdateDevelopmentActivityStatusRequest { ActivityId = planned.ActivityId, Status = DevelopmentActivityStatus.Withdrawn, Reason = "late" }),
            PipelineRules.DevelopmentStatusTransition);
    }

    [Fact]
    public async Task Another_districts_lead_can_neither_add_change_nor_list_but_staff_can()
    {
        var a = await fixture.NewDistrictAsync();
        var b = await fixture.NewDistrictAsync();
        var leaderOfB = await fixture.EnrollAsync(b);
        var competency = await fixture.NewCompetencyAsync();
        var activity = await fixture.LeadOf(b).AddDevelopmentActivityAsync(PipelineServiceFixture.NewActivity(leaderOfB, competency));
        var leadOfA = fixture.LeadOf(a);

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await leadOfA.AddDevelopmentActivityAsync(PipelineServiceFixture.NewActivity(leaderOfB, competency)));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await leadOfA.UpdateDevelopmentActivityStatusAsync(
            new UpdateDevelopmentActivityStatusRequest { ActivityId = activity.ActivityId, Status = DevelopmentActivityStatus.Withdrawn, Reason = "no" }));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await leadOfA.ListDevelopmentActivitiesAsync(new ListDevelopmentActivitiesRequest { LeaderId = leaderOfB.LeaderId }));

        var staff = fixture.Staff();
        Assert.Equal([activity], (await staff.ListDevelopmentActivitiesAsync(new ListDevelopmentActivitiesRequest { LeaderId = leaderOfB.LeaderId })).Activities);
        var added = await staff.AddDevelopmentActivityAsync(PipelineServiceFixture.NewActivity(leaderOfB, competency, "Principal residency"));
        Assert.Equal(2, await CountActivitiesAsync(leaderOfB));
        Assert.Equal("staff-1", added.StatusHistory.Single().ChangedBy);
    }

    [Fact]
    public async Task A_leader_reads_only_their_own_activities_and_cannot_write_them()
    {
        var district = await fixture.NewDistrictAsync();
        var subject = $"leader-{Guid.NewGuid():N}";
        var me = await fixture.EnrollAsync(district, "Dev Self", subject: subject);
        var colleague = await fixture.EnrollAsync(district, "Dev Colleague");
        var competency = await fixture.NewCompetencyAsync();
        var lead = fixture.LeadOf(district);
        var mine = await lead.AddDevelopmentActivityAsync(PipelineServiceFixture.NewActivity(me, competency));
        await lead.AddDevelopmentActivityAsync(PipelineServiceFixture.NewActivity(colleague, competency));
        var asLeader = fixture.LeaderSignedInAs(subject, district);

        var list = await asLeader.ListDevelopmentActivitiesAsync(new ListDevelopmentActivitiesRequest { LeaderId = me.LeaderId });

        Assert.Equal([mine], list.Activities);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await asLeader.ListDevelopmentActivitiesAsync(new ListDevelopmentActivitiesRequest { LeaderId = colleague.LeaderId }));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await asLeader.AddDevelopmentActivityAsync(PipelineServiceFixture.NewActivity(me, competency)));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await asLeader.UpdateDevelopmentActivityStatusAsync(
            new UpdateDevelopmentActivityStatusRequest { ActivityId = mine.ActivityId, Status = DevelopmentActivityStatus.Completed }));
    }

    [Fact]
    public async Task Pages_walk_a_leaders_activities_by_start_date_and_tokens_are_bound_to_their_filters()
    {
        var district = await fixture.NewDistrictAsync();
        var leader = await fixture.EnrollAsync(district);
        var competency = await fixture.NewCompetencyAsync();
        var lead = fixture.LeadOf(district);
        foreach (var day in new[] { 20, 5, 12, 1, 9 })
        {
            await lead.AddDevelopmentActivityAsync(PipelineServiceFixture.NewActivity(leader, competency, $"Activity from day {day}", day));
        }

        var planned = PipelineServiceFixture.NewActivity(leader, competency, "Planned later", 25);
        planned.Status = DevelopmentActivityStatus.Planned;
        await lead.AddDevelopmentActivityAsync(planned);

        var seen = new List<int>();
        var request = new ListDevelopmentActivitiesRequest { LeaderId = leader.LeaderId, PageSize = 2, Status = DevelopmentActivityStatus.InProgress };
        do
        {
            var page = await lead.ListDevelopmentActivitiesAsync(request);
            Assert.Equal(5, page.TotalSize);
            seen.AddRange(page.Activities.Select(a => a.StartOn.Day));
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);

        Assert.Equal([1, 5, 9, 12, 20], seen);
        Assert.Equal(6, (await lead.ListDevelopmentActivitiesAsync(new ListDevelopmentActivitiesRequest { LeaderId = leader.LeaderId })).TotalSize);
        var first = await lead.ListDevelopmentActivitiesAsync(new ListDevelopmentActivitiesRequest { LeaderId = leader.LeaderId, PageSize = 2 });
        await RpcAssert.InvalidFields(
            async () => await lead.ListDevelopmentActivitiesAsync(new ListDevelopmentActivitiesRequest { LeaderId = leader.LeaderId, PageSize = 2, PageToken = first.NextPageToken, Status = DevelopmentActivityStatus.Planned }),
            "page_token");
        await RpcAssert.InvalidFields(
            async () => await lead.ListDevelopmentActivitiesAsync(new ListDevelopmentActivitiesRequest { LeaderId = leader.LeaderId, PageSize = -5 }),
            "page_size");
    }

    [Fact]
    public async Task Retried_writes_apply_once_and_a_reused_request_id_for_another_request_is_refused()
    {
        var district = await fixture.NewDistrictAsync();
        var leader = await fixture.EnrollAsync(district);
        var lead = fixture.LeadOf(district);
        var add = PipelineServiceFixture.NewActivity(leader, await fixture.NewCompetencyAsync());
        add.RequestId = Guid.NewGuid().ToString();

        var first = await lead.AddDevelopmentActivityAsync(add);
        Assert.Equal(first, await lead.AddDevelopmentActivityAsync(add));
        Assert.Equal(1, await CountActivitiesAsync(leader));

        var complete = new UpdateDevelopmentActivityStatusRequest { RequestId = Guid.NewGuid().ToString(), ActivityId = first.ActivityId, Status = DevelopmentActivityStatus.Completed };
        var completed = await lead.UpdateDevelopmentActivityStatusAsync(complete);
        Assert.Equal(completed, await lead.UpdateDevelopmentActivityStatusAsync(complete));
        Assert.Equal(2, completed.StatusHistory.Count);

        add.Title = "Something else";
        await RpcAssert.FailsWith(StatusCode.AlreadyExists, async () => await lead.AddDevelopmentActivityAsync(add));
        Assert.Equal(1, await CountActivitiesAsync(leader));
    }

    [Fact]
    public async Task Activities_follow_a_leader_who_moves_and_freeze_when_they_leave()
    {
        var origin = await fixture.NewDistrictAsync();
        var destination = await fixture.NewDistrictAsync();
        var leader = await fixture.EnrollAsync(origin);
        var activity = await fixture.LeadOf(origin).AddDevelopmentActivityAsync(PipelineServiceFixture.NewActivity(leader, await fixture.NewCompetencyAsync()));
        await fixture.LeadOf(origin).MoveLeaderAsync(new MoveLeaderRequest { LeaderId = leader.LeaderId, ToDistrictId = destination.ToString() });
        await fixture.LeadOf(destination).ConfirmLeaderMoveAsync(new ConfirmLeaderMoveRequest { LeaderId = leader.LeaderId });

        Assert.Equal([activity], (await fixture.LeadOf(destination).ListDevelopmentActivitiesAsync(new ListDevelopmentActivitiesRequest { LeaderId = leader.LeaderId })).Activities);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await fixture.LeadOf(origin).ListDevelopmentActivitiesAsync(new ListDevelopmentActivitiesRequest { LeaderId = leader.LeaderId }));

        await fixture.LeadOf(destination).RecordDepartureAsync(new RecordDepartureRequest { LeaderId = leader.LeaderId, Kind = DepartureKind.Left });
        await RpcAssert.RuleViolated(
            async () => await fixture.LeadOf(destination).UpdateDevelopmentActivityStatusAsync(
                new UpdateDevelopmentActivityStatusRequest { ActivityId = activity.ActivityId, Status = DevelopmentActivityStatus.Completed }),
            PipelineRules.LeaderNotActive);
    }

    private Task<int> CountActivitiesAsync(Leader leader) =>
        fixture.QueryAsync(db => db.DevelopmentActivities.CountAsync(a => a.LeaderId == Guid.Parse(leader.LeaderId)));
}
