using Consortium.Contracts.Events.Pipeline.V1;
using Consortium.Insights.Data;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Consortium.Insights.Tests.Messaging;

/// <summary>Pipeline events keep leaders (ids only), readiness and succession coverage, newest version winning.</summary>
public sealed class PipelineTests(InsightsServiceFixture fixture) : IClassFixture<InsightsServiceFixture>
{
    [Fact]
    public async Task Leader_events_in_any_order_leave_the_newest_stage_district_and_role()
    {
        var leaderId = Guid.CreateVersion7();
        var home = Guid.CreateVersion7();
        var destination = Guid.CreateVersion7();
        var before = await fixture.Generations.GetAsync(CacheGenerations.Pipeline);

        // Newest first, then the older ones late.
        await fixture.PublishAndWaitAsync(ContractEvents.LeaderMoved(leaderId, home, destination, 3, "assistant-principal", PipelineStageV1.Established));
        await fixture.PublishAndWaitAsync(ContractEvents.StageChanged(leaderId, home, 2, PipelineStageV1.Emerging, PipelineStageV1.Established));
        await fixture.PublishAndWaitAsync(ContractEvents.LeaderEnrolled(leaderId, home, 1, "teacher-leader", PipelineStageV1.Emerging));

        var leader = await fixture.QueryAsync(db => db.Leaders.AsNoTracking().SingleAsync(l => l.LeaderId == leaderId));
        Assert.Equal(
            (destination, "assistant-principal", PipelineStageV1.Established, true, 3),
            (leader.DistrictId, leader.RoleCode, leader.Stage, leader.Active, leader.LeaderVersion));

        await fixture.PublishAndWaitAsync(ContractEvents.LeaderLeft(leaderId, destination, 4, PipelineStageV1.Established));
        Assert.False(await fixture.QueryAsync(db => db.Leaders.Where(l => l.LeaderId == leaderId).Select(l => l.Active).SingleAsync()));
        await InsightsServiceFixture.WaitUntilAsync(
            async () => await fixture.Generations.GetAsync(CacheGenerations.Pipeline) > before, "the pipeline generation moved");
    }

    [Fact]
    public async Task Readiness_and_coverage_keep_their_newest_assessment()
    {
        var leaderId = Guid.CreateVersion7();
        var districtId = Guid.CreateVersion7();

        await fixture.PublishAndWaitAsync(ContractEvents.ReadinessAssessed(leaderId, districtId, 5, "principal", ReadinessLevelV1.ReadyNow));
        await fixture.PublishAndWaitAsync(ContractEvents.ReadinessAssessed(leaderId, districtId, 4, "principal", ReadinessLevelV1.ReadyIn3PlusYears));
        await fixture.PublishAndWaitAsync(ContractEvents.ReadinessAssessed(leaderId, districtId, 6, "superintendent", ReadinessLevelV1.ReadyIn1To2Years));
        await fixture.PublishAndWaitAsync(ContractEvents.CoverageChanged(districtId, 2, critical: 6, covered: 4));
        await fixture.PublishAndWaitAsync(ContractEvents.CoverageChanged(districtId, 1, critical: 6, covered: 1));

        var readiness = await fixture.QueryAsync(db => db.LeaderReadiness.AsNoTracking().Where(r => r.LeaderId == leaderId).OrderBy(r => r.TargetRoleCode).ToListAsync());
        Assert.Equal(
            [("principal", ReadinessLevelV1.ReadyNow), ("superintendent", ReadinessLevelV1.ReadyIn1To2Years)],
            readiness.Select(r => (r.TargetRoleCode, r.Level)));
        var coverage = await fixture.QueryAsync(db => db.SuccessionCoverage.AsNoTracking().SingleAsync(c => c.DistrictId == districtId));
        Assert.Equal((6, 4, 2), (coverage.CriticalRoleCount, coverage.CoveredRoleCount, coverage.CoverageVersion));
    }
}
