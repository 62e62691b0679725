using Consortium.Pipeline.Domain;
using Consortium.Testing.Domain;
using Xunit;

namespace Consortium.Pipeline.Tests.Domain;

public sealed class DevelopmentActivityTests
{
    private static readonly IReadOnlySet<string> Framework = new HashSet<string> { "instructional-improvement", "equity-leadership", "managing-change" };

    private static DevelopmentActivity Planned(Leader? leader = null, DateOnly? startOn = null) => DevelopmentActivity.Add(
        leader ?? Sample.Leader(),
        DevelopmentActivityKind.CohortProgram,
        "Aspiring Principals Cohort 2026",
        "District leadership academy",
        60m,
        startOn ?? Sample.Today.AddDays(-20),
        Sample.Today.AddMonths(6),
        DevelopmentActivityStatus.Planned,
        ["equity-leadership", "Managing-Change"],
        Framework,
        "lead-1",
        Sample.Now);

    [Fact]
    public void An_added_activity_keeps_its_details_normalised_competencies_and_a_first_history_entry()
    {
        var leader = Sample.Leader();

        var activity = Planned(leader);

        Assert.Equal(leader.Id, activity.LeaderId);
        Assert.Equal(DevelopmentActivityStatus.Planned, activity.Status);
        Assert.Equal(["equity-leadership", "managing-change"], activity.CompetencyCodes);
        var first = Assert.Single(activity.StatusHistory);
        Assert.Null(first.From);
        Assert.Equal((DevelopmentActivityStatus.Planned, Sample.Today, "lead-1"), (first.To, first.EffectiveOn, first.ChangedBy));
        Assert.Equal(1, activity.Version);
        // The leader's own record does not change: the activity is its own aggregate.
        Assert.Equal(1, leader.Version);
    }

    [Fact]
    public void Every_bad_field_is_reported_at_once()
    {
        Expect.Violations(
            () => DevelopmentActivity.Add(Sample.Leader(), null, " ", "x", 0m, null, null, DevelopmentActivityStatus.Withdrawn, [], Framework, "lead-1", Sample.Now),
            "kind", "title", "provider", "hours", "start_on", "status", "competency_codes");
    }

    [Fact]
    public void Competencies_must_be_in_the_framework_and_named_once()
    {
        Expect.Violations(
            () => DevelopmentActivity.Add(
                Sample.Leader(), DevelopmentActivityKind.Course, "Data for equity", "State university", 12m, Sample.Today, null,
                DevelopmentActivityStatus.Planned, ["equity-leadership", "juggling", "EQUITY-LEADERSHIP"], Framework, "lead-1", Sample.Now),
            "competency_codes[1]", "competency_codes[2]");
    }

    [Theory]
    [InlineData("2000.01")]
    [InlineData("-1")]
    [InlineData("1.125")]
    public void Hours_are_positive_bounded_and_to_two_decimals(string hours)
    {
        Expect.Violation(
            () => DevelopmentActivity.Add(
                Sample.Leader(), DevelopmentActivityKind.Coaching, "Leadership coaching", "Coaching partners", decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture),
                Sample.Today, null, DevelopmentActivityStatus.InProgress, ["managing-change"], Framework, "lead-1", Sample.Now),
            "hours");
    }

    [Fact]
    public void A_completed_activity_needs_a_past_end_and_an_under_way_one_a_past_start()
    {
        Expect.Violations(
            () => DevelopmentActivity.Add(
                Sample.Leader(), DevelopmentActivityKind.Course, "Budgeting for principals", "State association", 8m,
                Sample.Today.AddDays(1), Sample.Today.AddDays(2), DevelopmentActivityStatus.Completed, ["managing-change"], Framework, "lead-1", Sample.Now),
            "start_on", "end_on");
        Expect.Violation(
            () => DevelopmentActivity.Add(
                Sample.Leader(), DevelopmentActivityKind.Course, "Budgeting for principals", "State association", 8m,
                Sample.Today.AddDays(-10), null, DevelopmentActivityStatus.Completed, ["managing-change"], Framework, "lead-1", Sample.Now),
            "end_on");
        Expect.Violation(
            () => DevelopmentActivity.Add(
                Sample.Leader(), DevelopmentActivityKind.Course, "Budgeting for principals", "State association", 8m,
                Sample.Today, Sample.Today.AddDays(-1), DevelopmentActivityStatus.Planned, ["managing-change"], Framework, "lead-1", Sample.Now),
            "end_on");
    }

    [Fact]
    public void An_activity_goes_planned_to_in_progress_to_completed_recording_actual_dates_and_hours()
    {
        var leader = Sample.Leader();
        var activity = Planned(leader, Sample.Today.AddDays(5));

        activity.ChangeStatus(leader, DevelopmentActivityStatus.InProgress, Sample.Today, null, null, "lead-1", Sample.Now);
        var done = activity.ChangeStatus(leader, DevelopmentActivityStatus.Completed, null, null, 54.5m, "lead-2", Sample.Now);

        Assert.Equal(DevelopmentActivityStatus.Completed, activity.Status);
        Assert.Equal(Sample.Today, activity.StartOn);
        Assert.Equal(Sample.Today, activity.EndOn);
        Assert.Equal(54.5m, activity.Hours);
        Assert.Equal((DevelopmentActivityStatus.InProgress, "lead-2"), (done.From!.Value, done.ChangedBy));
        Assert.Equal(3, activity.StatusHistory.Count);
        Assert.Equal(3, activity.Version);
    }

    [Theory]
    [InlineData(DevelopmentActivityStatus.Planned, DevelopmentActivityStatus.Completed)]
    [InlineData(DevelopmentActivityStatus.Completed, DevelopmentActivityStatus.InProgress)]
    [InlineData(DevelopmentActivityStatus.Completed, DevelopmentActivityStatus.Withdrawn)]
    [InlineData(DevelopmentActivityStatus.Withdrawn, DevelopmentActivityStatus.InProgress)]
    [InlineData(DevelopmentActivityStatus.InProgress, DevelopmentActivityStatus.Planned)]
    public void Undocumented_transitions_are_refused_and_change_nothing(DevelopmentActivityStatus from, DevelopmentActivityStatus to)
    {
        var leader = Sample.Leader();
        var activity = Planned(leader);
        if (from != DevelopmentActivityStatus.Planned)
        {
            activity.ChangeStatus(leader, DevelopmentActivityStatus.InProgress, null, null, null, "lead-1", Sample.Now);
        }

        if (from is DevelopmentActivityStatus.Completed or DevelopmentActivityStatus.Withdrawn)
        {
            activity.ChangeStatus(leader, from, null, "Moved to another program", null, "lead-1", Sample.Now);
        }

        var version = activity.Version;
        Expect.RuleViolation(() => activity.ChangeStatus(leader, to, null, "because", null, "lead-1", Sample.Now), PipelineRules.DevelopmentStatusTransition);
        Assert.Equal((from, version), (activity.Status, activity.Version));
    }

    [Fact]
    public void Withdrawing_needs_a_reason_and_the_date_cannot_be_future_or_before_the_previous_change()
    {
        var leader = Sample.Leader();
        var activity = Planned(leader);

        Expect.Violation(() => activity.ChangeStatus(leader, DevelopmentActivityStatus.Withdrawn, null, " ", null, "lead-1", Sample.Now), "reason");
        Expect.Violation(() => activity.ChangeStatus(leader, DevelopmentActivityStatus.InProgress, Sample.Today.AddDays(1), null, null, "lead-1", Sample.Now), "effective_on");
        Expect.Violation(() => activity.ChangeStatus(leader, DevelopmentActivityStatus.InProgress, Sample.Today.AddDays(-1), null, null, "lead-1", Sample.Now), "effective_on");
        Expect.Violation(() => activity.ChangeStatus(leader, DevelopmentActivityStatus.Planned, null, null, null, "lead-1", Sample.Now), "status");

        var withdrawn = activity.ChangeStatus(leader, DevelopmentActivityStatus.Withdrawn, null, "Took on an interim principalship", null, "lead-1", Sample.Now);

        Assert.Equal("Took on an interim principalship", withdrawn.Reason);
        Assert.Equal(DevelopmentActivityStatus.Withdrawn, activity.Status);
    }

    [Fact]
    public void A_departed_leaders_development_is_frozen()
    {
        var leader = Sample.Leader();
        var activity = Planned(leader);
        leader.RecordDeparture(DepartureKind.Left, Sample.Today, Sample.Now);

        Expect.RuleViolation(() => activity.ChangeStatus(leader, DevelopmentActivityStatus.InProgress, null, null, null, "lead-1", Sample.Now), PipelineRules.LeaderNotActive);
        Expect.RuleViolation(() => Planned(leader), PipelineRules.LeaderNotActive);
    }
}
