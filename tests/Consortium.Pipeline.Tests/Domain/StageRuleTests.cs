using Consortium.Pipeline.Domain;
using Consortium.Testing.Domain;
using Xunit;

namespace Consortium.Pipeline.Tests.Domain;

public sealed class StageRuleTests
{
    [Fact]
    public void Forward_moves_need_no_reason_and_may_skip_stages()
    {
        var leader = Sample.Leader(PipelineStage.Aspiring);

        var change = leader.ChangeStage(PipelineStage.Established, null, null, "lead-1", Sample.Now);

        Assert.Equal(PipelineStage.Established, leader.Stage);
        Assert.False(change.IsBackward);
        Assert.Equal(Sample.Today, leader.StageStartedOn);
        Assert.Equal(2, leader.Version);
        Assert.Equal(2, leader.StageHistory.Count);
    }

    [Fact]
    public void A_backward_move_without_a_reason_is_refused()
    {
        var leader = Sample.Leader(PipelineStage.Established);

        Expect.RuleViolation(() => leader.ChangeStage(PipelineStage.Emerging, "  ", null, "lead-1", Sample.Now), PipelineRules.StageBackwardNeedsReason);
        Assert.Equal(PipelineStage.Established, leader.Stage);
        Assert.Single(leader.StageHistory);
    }

    [Fact]
    public void A_backward_move_with_a_reason_records_who_why_and_when()
    {
        var leader = Sample.Leader(PipelineStage.Established);

        var change = leader.ChangeStage(PipelineStage.Emerging, "Returned to AP role at own request", Sample.Today.AddDays(-3), "lead-7", Sample.Now);

        Assert.True(change.IsBackward);
        Assert.Equal("Returned to AP role at own request", change.Reason);
        Assert.Equal("lead-7", change.ChangedBy);
        Assert.Equal(Sample.Now, change.ChangedAt);
        Assert.Equal(Sample.Today.AddDays(-3), change.EffectiveOn);
    }

    [Fact]
    public void The_same_stage_a_missing_stage_and_dates_out_of_order_are_field_errors()
    {
        var leader = Sample.Leader(PipelineStage.Emerging);

        Expect.Violation(() => leader.ChangeStage(PipelineStage.Emerging, null, null, "lead-1", Sample.Now), LeaderFields.Stage);
        Expect.Violation(() => leader.ChangeStage(null, null, null, "lead-1", Sample.Now), LeaderFields.Stage);
        Expect.Violation(() => leader.ChangeStage(PipelineStage.Established, null, new DateOnly(2020, 1, 1), "lead-1", Sample.Now), LeaderFields.EffectiveOn);
        Expect.Violation(() => leader.ChangeStage(PipelineStage.Established, null, Sample.Today.AddDays(1), "lead-1", Sample.Now), LeaderFields.EffectiveOn);
    }

    [Fact]
    public void A_leader_who_left_cannot_change_stage()
    {
        var leader = Sample.Leader();
        leader.RecordDeparture(DepartureKind.Left, null, Sample.Now);

        Expect.RuleViolation(() => leader.ChangeStage(PipelineStage.Established, null, null, "lead-1", Sample.Now), PipelineRules.LeaderNotActive);
    }
}
