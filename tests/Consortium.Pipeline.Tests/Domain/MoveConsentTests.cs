using Consortium.Pipeline.Domain;
using Consortium.Testing.Domain;
using Xunit;

namespace Consortium.Pipeline.Tests.Domain;

public sealed class MoveConsentTests
{
    [Fact]
    public void A_proposed_move_changes_nothing_until_confirmed()
    {
        var leader = Sample.Leader();
        leader.AssessReadiness("principal", ReadinessLevel.ReadyNow, "Supervisor", null, null, Sample.Roles, "lead-a", Sample.Now);

        leader.ProposeMove(Sample.OtherDistrict, "lead-a", Sample.Now);
        Assert.Equal(Sample.District, leader.DistrictId);
        Assert.NotNull(leader.PendingMove);

        var move = leader.ConfirmMove("lead-b", Sample.Now);

        Assert.Equal(Sample.OtherDistrict, leader.DistrictId);
        Assert.Equal(MoveStatus.Confirmed, move.Status);
        Assert.Equal("lead-b", move.DecidedBy);
        Assert.Null(leader.PendingMove);
        // History follows the leader.
        Assert.Single(leader.Readiness);
        Assert.Single(leader.StageHistory);
        Assert.Equal(LeaderStatus.Active, leader.Status);
    }

    [Fact]
    public void Confirming_or_cancelling_without_a_proposal_is_refused()
    {
        var leader = Sample.Leader();

        Expect.RuleViolation(() => leader.ConfirmMove("lead-b", Sample.Now), PipelineRules.MoveNotProposed);
        Expect.RuleViolation(() => leader.CancelMove("lead-b", Sample.Now), PipelineRules.MoveNotProposed);
    }

    [Fact]
    public void While_a_move_is_pending_the_leader_cannot_be_moved_elsewhere_or_recorded_as_gone()
    {
        var leader = Sample.Leader();
        leader.ProposeMove(Sample.OtherDistrict, "lead-a", Sample.Now);

        Expect.RuleViolation(() => leader.ProposeMove(Guid.CreateVersion7(), "lead-a", Sample.Now), PipelineRules.MovePending);
        Expect.RuleViolation(() => leader.RecordDeparture(DepartureKind.Left, null, Sample.Now), PipelineRules.MovePending);

        leader.CancelMove("lead-b", Sample.Now);
        Assert.Equal(Sample.District, leader.DistrictId);
        Assert.Equal(MoveStatus.Cancelled, Assert.Single(leader.Moves).Status);
    }

    [Fact]
    public void A_move_to_the_same_district_is_a_field_error()
    {
        Expect.Violation(() => Sample.Leader().ProposeMove(Sample.District, "lead-a", Sample.Now), LeaderFields.ToDistrictId);
    }

    [Fact]
    public void A_departure_outside_the_consortium_keeps_the_record_and_freezes_it()
    {
        var leader = Sample.Leader();

        leader.RecordDeparture(DepartureKind.MovedDistrict, Sample.Today, Sample.Now);

        Assert.Equal(LeaderStatus.MovedDistrict, leader.Status);
        Assert.Equal(Sample.Today, leader.LeftOn);
        Expect.RuleViolation(() => leader.UpdateDetails("New Name", null, null, null, null, Sample.Roles, Sample.Now), PipelineRules.LeaderNotActive);
        Expect.Violation(() => Sample.Leader().RecordDeparture(null, null, Sample.Now), "kind");
    }
}
