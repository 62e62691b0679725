using Consortium.Submissions.Domain;
using Consortium.Testing.Domain;
using Xunit;

namespace Consortium.Submissions.Tests.Domain;

/// <summary>Submitting needs an open window, an active member, an open topic, and complete, consistent values.</summary>
public sealed class SubmitRulesTests
{
    private readonly KnownTopic _topic = Sample.Topic();

    [Fact]
    public void Submitting_before_the_window_opens_or_after_it_closes_is_refused()
    {
        var cycle = Sample.OpenCycle(_topic.CycleId);

        Expect.RuleViolation(() => Sample.Draft(_topic).Submit(_topic, cycle, Sample.District(), "lead-1", cycle.OpensAt!.Value.AddSeconds(-1)), SubmissionRules.WindowClosed);
        Expect.RuleViolation(() => Sample.Draft(_topic).Submit(_topic, cycle, Sample.District(), "lead-1", cycle.ClosesAt!.Value), SubmissionRules.WindowClosed);
        Sample.Draft(_topic).Submit(_topic, cycle, Sample.District(), "lead-1", cycle.OpensAt!.Value);
    }

    [Fact]
    public void Submitting_in_a_closed_or_unknown_cycle_is_refused_even_inside_the_dates()
    {
        var cycle = Sample.OpenCycle(_topic.CycleId);
        cycle.ApplyStatus(CycleStatus.Closed, 3);

        Expect.RuleViolation(() => Sample.Draft(_topic).Submit(_topic, cycle, Sample.District(), "lead-1", Sample.Now), SubmissionRules.WindowClosed);
        Expect.RuleViolation(() => Sample.Draft(_topic).Submit(_topic, null, Sample.District(), "lead-1", Sample.Now), SubmissionRules.WindowClosed);
    }

    [Theory]
    [InlineData(MembershipStatus.Suspended)]
    [InlineData(MembershipStatus.Withdrawn)]
    public void A_district_that_is_not_an_active_member_cannot_submit(MembershipStatus status)
    {
        var draft = Sample.Draft(_topic);

        Expect.RuleViolation(() => draft.Submit(_topic, Sample.OpenCycle(_topic.CycleId), Sample.District(status), "lead-1", Sample.Now), SubmissionRules.DistrictNotActive);
        Assert.Equal(SubmissionStatus.Draft, draft.Status);
    }

    [Fact]
    public void A_suspended_district_may_still_prepare_a_draft_but_a_withdrawn_one_may_not()
    {
        Submission.Create(Sample.DistrictId, Sample.District(MembershipStatus.Suspended), _topic.Id, _topic, BenchmarkKind.Practice, Sample.Content(), [], "lead-1", Sample.Now);

        Expect.RuleViolation(
            () => Submission.Create(Sample.DistrictId, Sample.District(MembershipStatus.Withdrawn), _topic.Id, _topic, BenchmarkKind.Practice, Sample.Content(), [], "lead-1", Sample.Now),
            SubmissionRules.DistrictNotActive);
    }

    [Fact]
    public void A_retired_topic_takes_no_new_drafts_and_no_submissions()
    {
        var draft = Sample.Draft(_topic);
        var retired = Sample.Topic(retired: true);

        Expect.RuleViolation(
            () => Submission.Create(Sample.DistrictId, Sample.District(), retired.Id, retired, BenchmarkKind.Practice, Sample.Content(), [], "lead-1", Sample.Now),
            SubmissionRules.TopicNotOpen);
        _topic.ApplyRetired();
        Expect.RuleViolation(() => draft.Submit(_topic, Sample.OpenCycle(_topic.CycleId), Sample.District(), "lead-1", Sample.Now), SubmissionRules.TopicNotOpen);
    }

    [Fact]
    public void Unanswered_required_targets_are_listed_when_submitting()
    {
        var draft = Sample.Draft(_topic, [new("ENROLLED", Number: 10)]);

        var refusal = Expect.RuleViolation(() => draft.Submit(_topic, Sample.OpenCycle(_topic.CycleId), Sample.District(), "lead-1", Sample.Now), SubmissionRules.Incomplete);

        Assert.Contains("IN-ADVANCED, PCT-VOICE", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_without_a_narrative_cannot_be_submitted()
    {
        var draft = Submission.Create(Sample.DistrictId, Sample.District(), _topic.Id, _topic, BenchmarkKind.Practice,
            new DraftChanges { Title = "Councils" }, Sample.CompleteValues(), "lead-1", Sample.Now).Submission;

        var refusal = Expect.RuleViolation(() => draft.Submit(_topic, Sample.OpenCycle(_topic.CycleId), Sample.District(), "lead-1", Sample.Now), SubmissionRules.Incomplete);

        Assert.Contains("narrative", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_larger_than_its_whole_blocks_submission_but_not_the_draft()
    {
        var draft = Sample.Draft(_topic, [new("ENROLLED", Number: 100), new("IN-ADVANCED", Number: 150), new("PCT-VOICE", Number: 50)]);

        var refusal = Expect.RuleViolation(() => draft.Submit(_topic, Sample.OpenCycle(_topic.CycleId), Sample.District(), "lead-1", Sample.Now), SubmissionRules.Incomplete);

        Assert.Contains("IN-ADVANCED: This is part of ENROLLED, so it cannot be larger: 150 is more than 100.", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_returned_submission_may_be_resubmitted_after_the_window_closed_but_not_after_results()
    {
        var submission = Sample.Submitted(_topic);
        submission.Return("Check the enrollment count.", "staff-1", Sample.Now);
        var cycle = Sample.OpenCycle(_topic.CycleId);
        cycle.ApplyStatus(CycleStatus.Closed, 3);

        submission.Resubmit(_topic, cycle, Sample.District(), "lead-1", Sample.Now.AddDays(30));
        submission.Return("And the advanced count.", "staff-1", Sample.Now.AddDays(31));
        cycle.ApplyStatus(CycleStatus.ResultsPublished, 4);

        Expect.RuleViolation(() => submission.Resubmit(_topic, cycle, Sample.District(), "lead-1", Sample.Now.AddDays(32)), SubmissionRules.ResultsPublished);
    }
}
