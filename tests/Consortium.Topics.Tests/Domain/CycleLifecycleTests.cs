using Consortium.Testing.Domain;
using Consortium.Topics.Domain;
using Xunit;

namespace Consortium.Topics.Tests.Domain;

public sealed class CycleLifecycleTests
{
    [Fact]
    public void A_new_cycle_is_planning_with_its_plan()
    {
        var cycle = Sample.NewCycle();

        Assert.Equal(CycleStatus.Planning, cycle.Status);
        Assert.Equal("2026-27 H2", cycle.Label);
        Assert.Equal(1, cycle.Version);
    }

    [Fact]
    public void Every_invalid_field_of_a_plan_is_reported_at_once() =>
        Expect.Violations(
            () => Cycle.Create(new CyclePlan("2026-28", null, " ", null, null, null), Sample.Now),
            CycleFields.SchoolYear, CycleFields.Half, CycleFields.Name, CycleFields.SubmissionOpensAt, CycleFields.SubmissionClosesAt);

    [Theory]
    [InlineData("1999-00")]
    [InlineData("1990-91")]
    public void A_cycle_is_not_planned_for_a_school_year_before_2000(string schoolYear) =>
        Assert.Contains(
            "2000-01",
            Expect.Violation(() => Cycle.Create(Sample.Plan(schoolYear: schoolYear), Sample.Now), CycleFields.SchoolYear),
            StringComparison.Ordinal);

    [Fact]
    public void The_window_closes_after_it_opens_and_in_the_future_and_the_meeting_follows_it()
    {
        Expect.Violation(() => Cycle.Create(Sample.Plan(opensAt: Sample.Now.AddDays(2), closesAt: Sample.Now.AddDays(1)), Sample.Now), CycleFields.SubmissionClosesAt);
        Expect.Violation(() => Cycle.Create(Sample.Plan(opensAt: Sample.Now.AddDays(-9), closesAt: Sample.Now.AddDays(-1)), Sample.Now), CycleFields.SubmissionClosesAt);
        Expect.Violation(() => Cycle.Create(Sample.Plan(meetingDate: new DateOnly(2026, 10, 1)), Sample.Now), CycleFields.MeetingDate);
    }

    [Fact]
    public void Opening_early_moves_the_opening_time_and_closing_early_the_closing_time()
    {
        var cycle = Sample.NewCycle();
        var openedAt = Sample.Now.AddDays(1);
        var closedAt = Sample.Now.AddDays(40);

        cycle.Open(openedAt);
        Assert.Equal(CycleStatus.Open, cycle.Status);
        Assert.Equal(openedAt, cycle.SubmissionOpensAt);

        cycle.Close(closedAt);
        Assert.Equal(CycleStatus.Closed, cycle.Status);
        Assert.Equal(closedAt, cycle.SubmissionClosesAt);

        cycle.PublishResults(closedAt.AddDays(10));
        Assert.Equal(CycleStatus.ResultsPublished, cycle.Status);
        Assert.Equal(closedAt.AddDays(10), cycle.ResultsPublishedAt);
        Assert.Equal(4, cycle.Version);
    }

    [Fact]
    public void The_lifecycle_only_moves_forward_one_step_at_a_time()
    {
        var planning = Sample.NewCycle();
        Expect.RuleViolation(() => planning.Close(Sample.Now), Cycle.TransitionRule);
        Expect.RuleViolation(() => planning.PublishResults(Sample.Now), Cycle.TransitionRule);

        var open = Sample.OpenCycle();
        Expect.RuleViolation(() => open.Open(Sample.Now), Cycle.TransitionRule);

        open.Close(Sample.Now.AddDays(1));
        Expect.RuleViolation(() => open.Open(Sample.Now.AddDays(2)), Cycle.TransitionRule);
        Expect.RuleViolation(() => open.Close(Sample.Now.AddDays(2)), Cycle.TransitionRule);
    }

    [Fact]
    public void A_cycle_whose_window_already_ended_cannot_be_opened_by_hand()
    {
        var cycle = Sample.NewCycle();

        Expect.RuleViolation(() => cycle.Open(Sample.Now.AddDays(61)), Cycle.WindowEndedRule);
    }

    [Fact]
    public void The_plan_changes_only_while_planning()
    {
        var cycle = Sample.NewCycle();
        Assert.True(cycle.Replan(Sample.Plan(name: "Renamed cycle"), Sample.Now));
        Assert.False(cycle.Replan(Sample.Plan(name: "Renamed cycle"), Sample.Now));
        Assert.Equal(2, cycle.Version);

        cycle.Open(Sample.Now);
        Expect.RuleViolation(() => cycle.Replan(Sample.Plan(name: "Too late"), Sample.Now), Cycle.NotPlanningRule);
    }

    [Fact]
    public void The_schedule_opens_and_closes_when_the_times_pass_keeping_the_planned_times()
    {
        var cycle = Sample.NewCycle();
        var opensAt = cycle.SubmissionOpensAt;

        Assert.False(cycle.OpenOnSchedule(opensAt.AddSeconds(-1)));
        Assert.True(cycle.OpenOnSchedule(opensAt.AddSeconds(5)));
        Assert.Equal(opensAt, cycle.SubmissionOpensAt);
        Assert.False(cycle.CloseOnSchedule(cycle.SubmissionClosesAt.AddSeconds(-1)));
        Assert.True(cycle.CloseOnSchedule(cycle.SubmissionClosesAt));
        Assert.Equal(CycleStatus.Closed, cycle.Status);
        Assert.False(cycle.OpenOnSchedule(cycle.SubmissionClosesAt.AddDays(1)));
    }

    [Fact]
    public void Later_means_a_later_school_year_or_the_second_half_of_the_same_one()
    {
        var first = Sample.NewCycle("2026-27", SchoolYearHalf.First);
        var second = Sample.NewCycle("2026-27", SchoolYearHalf.Second);
        var next = Sample.NewCycle("2027-28", SchoolYearHalf.First);

        Assert.True(second.IsLaterThan(first));
        Assert.True(next.IsLaterThan(second));
        Assert.False(first.IsLaterThan(first));
        Assert.False(first.IsLaterThan(next));
    }
}
