using Consortium.Contracts.Events.Pipeline.V1;
using Consortium.Contracts.Pipeline.V1;
using Consortium.Testing.Services;
using Grpc.Core;
using Xunit;
using PipelineRules = Consortium.Pipeline.Domain.PipelineRules;

namespace Consortium.Pipeline.Tests.Api;

/// <summary>Moves with both districts' consent, succession coverage, and what the events carry.</summary>
public sealed class MoveAndSuccessionTests(PipelineServiceFixture fixture) : IClassFixture<PipelineServiceFixture>
{
    [Fact]
    public async Task A_move_needs_the_destinations_confirmation_and_the_history_follows_the_leader()
    {
        var origin = await fixture.NewDistrictAsync();
        var destination = await fixture.NewDistrictAsync();
        var leader = await fixture.EnrollAsync(origin);
        var leadOfOrigin = fixture.LeadOf(origin);
        var leadOfDestination = fixture.LeadOf(destination);
        await leadOfOrigin.AssessReadinessAsync(new AssessReadinessRequest
        {
            LeaderId = leader.LeaderId,
            TargetRoleCode = "principal",
            Level = ReadinessLevel.ReadyNow,
            Assessor = "Principal supervisor",
        });

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () =>
            await leadOfDestination.MoveLeaderAsync(new MoveLeaderRequest { LeaderId = leader.LeaderId, ToDistrictId = destination.ToString() }));
        var proposed = await leadOfOrigin.MoveLeaderAsync(new MoveLeaderRequest { LeaderId = leader.LeaderId, ToDistrictId = destination.ToString() });
        Assert.Equal(origin.ToString(), proposed.DistrictId);
        Assert.Equal(MoveStatus.Proposed, proposed.Moves.Single().Status);

        // The origin cannot confirm its own proposal; the destination can see whom it is asked to take.
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await leadOfOrigin.ConfirmLeaderMoveAsync(new ConfirmLeaderMoveRequest { LeaderId = leader.LeaderId }));
        Assert.Equal(proposed, await leadOfDestination.GetLeaderAsync(new GetLeaderRequest { LeaderId = leader.LeaderId }));

        var moved = await leadOfDestination.ConfirmLeaderMoveAsync(new ConfirmLeaderMoveRequest { LeaderId = leader.LeaderId });

        Assert.Equal(destination.ToString(), moved.DistrictId);
        Assert.Single(moved.Readiness);
        Assert.Equal(MoveStatus.Confirmed, moved.Moves.Single().Status);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await leadOfOrigin.GetLeaderAsync(new GetLeaderRequest { LeaderId = leader.LeaderId }));
        await RpcAssert.RuleViolated(async () => await leadOfDestination.ConfirmLeaderMoveAsync(new ConfirmLeaderMoveRequest { LeaderId = leader.LeaderId }), PipelineRules.MoveNotProposed);

        await fixture.Events.WaitUntilAsync(
            events => events.Received<LeaderMoved>().Any(e => e.LeaderId.ToString() == leader.LeaderId),
            TimeSpan.FromSeconds(20), "LeaderMoved");
        var movedEvent = fixture.Events.Received<LeaderMoved>().Single(e => e.LeaderId.ToString() == leader.LeaderId);
        Assert.Equal(origin, movedEvent.FromDistrictId);
        Assert.Equal(destination, movedEvent.DistrictId);
        Assert.Equal(moved.Version, movedEvent.LeaderVersion);
    }

    [Fact]
    public async Task Coverage_counts_roles_with_a_ready_now_successor_and_drops_when_that_successor_leaves()
    {
        var district = await fixture.NewDistrictAsync();
        var lead = fixture.LeadOf(district);
        var incumbent = await fixture.EnrollAsync(district, "Pat Incumbent", PipelineStage.Established);
        var ready = await fixture.EnrollAsync(district, "Robin Ready");
        var later = await fixture.EnrollAsync(district, "Lee Later");
        var lincoln = await lead.DefineCriticalRoleAsync(new DefineCriticalRoleRequest
        {
            DistrictId = district.ToString(),
            Title = "Principal, Lincoln HS",
            RoleCode = "principal",
            IncumbentLeaderId = incumbent.LeaderId,
        });
        await lead.DefineCriticalRoleAsync(new DefineCriticalRoleRequest { DistrictId = district.ToString(), Title = "Principal, Adams MS", RoleCode = "principal" });
        var slate = new SetSuccessionSlateRequest { CriticalRoleId = lincoln.CriticalRoleId };
        slate.Successors.Add(new Successor { LeaderId = ready.LeaderId, Readiness = ReadinessLevel.ReadyNow });
        slate.Successors.Add(new Successor { LeaderId = later.LeaderId, Readiness = ReadinessLevel.Ready1To2Years });

        var withSlate = await lead.SetSuccessionSlateAsync(slate);

        Assert.True(withSlate.Covered);
        var coverage = await lead.GetSuccessionCoverageAsync(new GetSuccessionCoverageRequest { DistrictId = district.ToString() });
        Assert.Equal((2, 1, "50"), (coverage.CriticalRoleCount, coverage.CoveredRoleCount, coverage.CoveragePercent.Value));

        await lead.RecordDepartureAsync(new RecordDepartureRequest { LeaderId = ready.LeaderId, Kind = DepartureKind.Left });

        var after = await lead.GetSuccessionCoverageAsync(new GetSuccessionCoverageRequest { DistrictId = district.ToString() });
        Assert.Equal(0, after.CoveredRoleCount);
        await fixture.Events.WaitUntilAsync(
            events => events.Received<SuccessionCoverageChanged>().Any(e => e.DistrictId == district && e.CoverageVersion == 4),
            TimeSpan.FromSeconds(20), "the fourth coverage change (the departure)");
        // One role, two roles, the slate covers one, the successor leaves: each change a new version.
        var changes = fixture.Events.Received<SuccessionCoverageChanged>().Where(e => e.DistrictId == district).DistinctBy(e => e.CoverageVersion).OrderBy(e => e.CoverageVersion);
        Assert.Equal([(1, 0), (2, 0), (2, 1), (2, 0)], changes.Select(e => (e.CriticalRoleCount, e.CoveredRoleCount)));
    }

    [Fact]
    public async Task Events_carry_ids_stage_role_and_readiness_but_never_names_emails_or_notes()
    {
        var district = await fixture.NewDistrictAsync();
        var leader = await fixture.EnrollAsync(district, "Quinn Confidential");
        var lead = fixture.LeadOf(district);
        await lead.ChangeStageAsync(new ChangeStageRequest { LeaderId = leader.LeaderId, Stage = PipelineStage.Established });
        await lead.AssessReadinessAsync(new AssessReadinessRequest
        {
            LeaderId = leader.LeaderId,
            TargetRoleCode = "principal",
            Level = ReadinessLevel.Ready1To2Years,
            Assessor = "Dr. Secret Assessor",
            Note = "private note",
        });
        await lead.RecordDepartureAsync(new RecordDepartureRequest { LeaderId = leader.LeaderId, Kind = DepartureKind.MovedDistrict });

        // All four, not only the last one written: the broker does not promise that the outbox's
        // events arrive in the order they were written (a publish retried comes later).
        await fixture.Events.WaitUntilAsync(
            events => events.Received<LeaderEvent>().Count(e => e.LeaderId.ToString() == leader.LeaderId) >= 4
                && events.Received<LeaderLeft>().Any(e => e.LeaderId.ToString() == leader.LeaderId),
            TimeSpan.FromSeconds(20), "the enrolment, stage change, assessment and departure");
        var mine = fixture.Events.Received<LeaderEvent>().Where(e => e.LeaderId.ToString() == leader.LeaderId).ToList();
        Assert.Equal(4, mine.Count);
        var assessed = Assert.Single(mine.OfType<ReadinessAssessed>());
        Assert.Equal(ReadinessLevelV1.ReadyIn1To2Years, assessed.Level);
        Assert.Equal(PipelineStageV1.Established, Assert.Single(mine.OfType<LeaderStageChanged>()).ToStage);
        foreach (var integrationEvent in mine)
        {
            var json = System.Text.Json.JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType());
            Assert.DoesNotContain("Quinn", json, StringComparison.Ordinal);
            Assert.DoesNotContain("@", json, StringComparison.Ordinal);
            Assert.DoesNotContain("Secret", json, StringComparison.Ordinal);
            Assert.DoesNotContain("private note", json, StringComparison.Ordinal);
        }
    }
}
