using Consortium.Submissions.Domain;
using Consortium.Testing.Domain;
using Xunit;

namespace Consortium.Submissions.Tests.Domain;

/// <summary>Draft → Submitted → Returned → Submitted → Accepted, withdrawal before acceptance, and a new version for every change.</summary>
public sealed class SubmissionLifecycleTests
{
    private readonly KnownTopic _topic = Sample.Topic();

    [Fact]
    public void A_new_draft_is_version_1_and_records_its_creation()
    {
        var (submission, version) = Submission.Create(
            Sample.DistrictId, Sample.District(), _topic.Id, _topic, BenchmarkKind.Practice, Sample.Content(), [], "lead-1", Sample.Now);

        Assert.Equal(SubmissionStatus.Draft, submission.Status);
        Assert.Equal(1, submission.Version);
        Assert.Equal(_topic.CycleId, submission.CycleId);
        Assert.Equal(Visibility.Inherit, submission.Visibility);
        Assert.Equal((1, SubmissionAction.Created), (version.Version, version.Action));
        Assert.Equal(submission.Snapshot(), version.Snapshot);
    }

    [Fact]
    public void The_full_review_round_trip_makes_a_version_per_step()
    {
        var submission = Sample.Draft(_topic);
        var cycle = Sample.OpenCycle(_topic.CycleId);
        var district = Sample.District();

        var submitted = submission.Submit(_topic, cycle, district, "lead-1", Sample.Now);
        var returned = submission.Return("Please split the counts by grade.", "staff-1", Sample.Now.AddDays(1));
        var edited = submission.UpdateDraft(new DraftChanges { Successes = "More students on councils." }, "lead-1", Sample.Now.AddDays(2));
        var resubmitted = submission.Resubmit(_topic, cycle, district, "lead-1", Sample.Now.AddDays(2));
        var accepted = submission.Accept("staff-1", Sample.Now.AddDays(3));

        Assert.Equal(
            [(2, SubmissionAction.Submitted), (3, SubmissionAction.Returned), (4, SubmissionAction.DraftUpdated), (5, SubmissionAction.Resubmitted), (6, SubmissionAction.Accepted)],
            new[] { submitted, returned, edited!, resubmitted, accepted }.Select(v => (v.Version, v.Action)));
        Assert.Equal(SubmissionStatus.Accepted, submission.Status);
        Assert.Equal(2, submission.SubmissionCount);
        Assert.Equal("Please split the counts by grade.", submission.ReviewerComments);
        Assert.Equal(SubmissionStatus.Returned, returned.Snapshot.Status);
    }

    [Fact]
    public void Editing_an_accepted_submission_is_refused()
    {
        var submission = Sample.Submitted(_topic);
        submission.Accept("staff-1", Sample.Now);

        Expect.RuleViolation(() => submission.UpdateDraft(new DraftChanges { Title = "Changed" }, "lead-1", Sample.Now), SubmissionRules.NotEditable);
        Expect.RuleViolation(() => submission.SetValues(_topic, [new("ENROLLED", Number: 1)], false, "lead-1", Sample.Now), SubmissionRules.NotEditable);
        Expect.RuleViolation(() => submission.Withdraw("lead-1", Sample.Now), SubmissionRules.Transition);
    }

    [Fact]
    public void A_submission_under_review_cannot_be_edited_until_returned()
    {
        var submission = Sample.Submitted(_topic);

        Expect.RuleViolation(() => submission.UpdateDraft(new DraftChanges { Title = "Changed" }, "lead-1", Sample.Now), SubmissionRules.NotEditable);
    }

    [Fact]
    public void Only_the_allowed_transitions_happen()
    {
        var cycle = Sample.OpenCycle(_topic.CycleId);
        var district = Sample.District();
        var draft = Sample.Draft(_topic);
        Expect.RuleViolation(() => draft.Return("Fix it", "staff-1", Sample.Now), SubmissionRules.Transition);
        Expect.RuleViolation(() => draft.Accept("staff-1", Sample.Now), SubmissionRules.Transition);
        Expect.RuleViolation(() => draft.Resubmit(_topic, cycle, district, "lead-1", Sample.Now), SubmissionRules.Transition);

        var submitted = Sample.Submitted(_topic);
        Expect.RuleViolation(() => submitted.Submit(_topic, cycle, district, "lead-1", Sample.Now), SubmissionRules.Transition);

        submitted.Return("Fix it", "staff-1", Sample.Now);
        var message = Expect.RuleViolation(() => submitted.Submit(_topic, cycle, district, "lead-1", Sample.Now), SubmissionRules.Transition).Message;
        Assert.Contains("resubmit", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Withdrawal_is_possible_before_acceptance_only_once()
    {
        var draft = Sample.Draft(_topic);
        var withdrawn = draft.Withdraw("lead-1", Sample.Now);

        Assert.Equal(SubmissionAction.Withdrawn, withdrawn.Action);
        Assert.False(draft.WasEverSubmitted);
        Expect.RuleViolation(() => draft.Withdraw("lead-1", Sample.Now), SubmissionRules.Transition);

        var submitted = Sample.Submitted(_topic);
        submitted.Withdraw("lead-1", Sample.Now);
        Assert.True(submitted.WasEverSubmitted);
    }

    [Fact]
    public void Returning_needs_comments()
    {
        var submission = Sample.Submitted(_topic);

        Expect.Violations(() => submission.Return("  ", "staff-1", Sample.Now), SubmissionFields.ReviewerComments);
        Assert.Equal(SubmissionStatus.Submitted, submission.Status);
    }

    [Fact]
    public void An_update_that_changes_nothing_makes_no_version()
    {
        var submission = Sample.Draft(_topic);

        Assert.Null(submission.UpdateDraft(new DraftChanges { Title = " Student advisory councils " }, "lead-1", Sample.Now));
        Assert.Null(submission.SetValues(_topic, [new("ENROLLED", Number: 1200)], false, "lead-1", Sample.Now));
        Assert.Equal(1, submission.Version);
    }
}
