using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Contracts.Events.Topics.V1;
using Consortium.Contracts.Submissions.V1;
using Consortium.Testing.Services;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Consortium.Submissions.Tests.Api;

/// <summary>The review round trip over gRPC, with a version and an event for each step.</summary>
public sealed class LifecycleTests(SubmissionsServiceFixture fixture) : IClassFixture<SubmissionsServiceFixture>
{
    [Fact]
    public async Task Draft_submit_return_resubmit_accept_publishes_each_step_with_resolved_visibility()
    {
        var (districtId, topic, draft) = await fixture.DraftAsync(Contracts.Events.Districts.V1.SharingPreferenceV1.Anonymous);
        var lead = fixture.LeadOf(districtId);

        var submitted = await lead.SubmitAsync(new SubmitRequest { SubmissionId = draft.SubmissionId, ExpectedVersion = draft.Version });
        var returned = await fixture.Staff().ReturnAsync(new ReturnRequest { SubmissionId = draft.SubmissionId, ReviewerComments = "Split the counts by school." });
        var edited = await lead.UpdateDraftAsync(new UpdateDraftRequest { SubmissionId = draft.SubmissionId, Successes = "Councils in every school." });
        var resubmitted = await lead.ResubmitAsync(new ResubmitRequest { SubmissionId = draft.SubmissionId });
        var accepted = await fixture.Staff().AcceptAsync(new AcceptRequest { SubmissionId = draft.SubmissionId, ExpectedVersion = resubmitted.Version });

        Assert.Equal(
            [SubmissionStatus.Draft, SubmissionStatus.Submitted, SubmissionStatus.Returned, SubmissionStatus.Returned, SubmissionStatus.Submitted, SubmissionStatus.Accepted],
            new[] { draft, submitted, returned, edited, resubmitted, accepted }.Select(s => s.Status));
        Assert.Equal([1, 2, 3, 4, 5, 6], new[] { draft, submitted, returned, edited, resubmitted, accepted }.Select(s => s.Version));
        Assert.Equal(2, accepted.SubmissionCount);
        Assert.Equal(Visibility.Anonymous, accepted.EffectiveVisibility);

        var id = Guid.Parse(draft.SubmissionId);
        await fixture.Events.WaitUntilAsync(
            events => events.Received<SubmissionAccepted>().Any(e => e.SubmissionId == id),
            TimeSpan.FromSeconds(20), "SubmissionAccepted");
        Assert.Equal([2, 5], fixture.Events.Received<SubmissionSubmitted>().Where(e => e.SubmissionId == id).Select(e => e.SubmissionVersion).Order());
        var acceptedEvent = fixture.Events.Received<SubmissionAccepted>().Single(e => e.SubmissionId == id);
        Assert.Equal(VisibilityV1.Anonymous, acceptedEvent.Visibility);
        Assert.Equal(districtId, acceptedEvent.DistrictId);
        Assert.Equal(topic.CycleId, acceptedEvent.CycleId);
        Assert.Equal(BenchmarkKindV1.Practice, acceptedEvent.Kind);
        Assert.Equal(["ENROLLED", "IN-ADVANCED", "PCT-VOICE"], acceptedEvent.Values.Select(v => v.TargetCode));
        Assert.Equal(62.5m, acceptedEvent.Values.Single(v => v.TargetCode == "PCT-VOICE").Number);
        Assert.Equal("Jane Rivera", acceptedEvent.ContactName);
        Assert.Equal("Split the counts by school.", fixture.Events.Received<SubmissionReturned>().Single(e => e.SubmissionId == id).ReviewerComments);
    }

    [Fact]
    public async Task History_lists_every_version_as_it_was()
    {
        var (districtId, _, draft) = await fixture.DraftAsync();
        var lead = fixture.LeadOf(districtId);
        await lead.UpdateDraftAsync(new UpdateDraftRequest { SubmissionId = draft.SubmissionId, Title = "Renamed" });
        await lead.SubmitAsync(new SubmitRequest { SubmissionId = draft.SubmissionId });

        var history = await lead.ListSubmissionVersionsAsync(new ListSubmissionVersionsRequest { SubmissionId = draft.SubmissionId });
        var first = await fixture.Staff().GetSubmissionVersionAsync(new GetSubmissionVersionRequest { SubmissionId = draft.SubmissionId, Version = 1 });

        Assert.Equal(
            [SubmissionAction.Created, SubmissionAction.DraftUpdated, SubmissionAction.Submitted],
            history.Versions.Select(v => v.Action));
        Assert.Equal("Student advisory councils", first.Submission.Title);
        Assert.Equal(SubmissionStatus.Draft, first.Submission.Status);
        Assert.Equal("Renamed", history.Versions[2].Submission.Title);
        Assert.Equal($"lead-{districtId}", first.ChangedBy);
    }

    [Fact]
    public async Task A_withdrawn_submission_frees_the_place_for_a_new_one_but_a_second_active_one_already_exists()
    {
        var (districtId, topic, draft) = await fixture.DraftAsync();
        var lead = fixture.LeadOf(districtId);

        await RpcAssert.FailsWith(Grpc.Core.StatusCode.AlreadyExists, async () =>
            await lead.CreateSubmissionAsync(SubmissionsServiceFixture.NewDraft(districtId, topic.TopicId)));
        var other = SubmissionsServiceFixture.NewDraft(districtId, topic.TopicId);
        other.Kind = BenchmarkKind.Program;
        await lead.CreateSubmissionAsync(other);

        var withdrawn = await lead.WithdrawAsync(new WithdrawRequest { SubmissionId = draft.SubmissionId });
        var again = await lead.CreateSubmissionAsync(SubmissionsServiceFixture.NewDraft(districtId, topic.TopicId));

        Assert.Equal(SubmissionStatus.Withdrawn, withdrawn.Status);
        Assert.NotEqual(draft.SubmissionId, again.SubmissionId);
    }

    [Fact]
    public async Task Withdrawing_a_submitted_submission_is_announced_but_a_draft_is_not()
    {
        var (districtId, _, draft) = await fixture.DraftAsync();
        var (otherDistrictId, _, otherDraft) = await fixture.DraftAsync();
        await fixture.LeadOf(districtId).SubmitAsync(new SubmitRequest { SubmissionId = draft.SubmissionId });

        await fixture.LeadOf(districtId).WithdrawAsync(new WithdrawRequest { SubmissionId = draft.SubmissionId });
        await fixture.LeadOf(otherDistrictId).WithdrawAsync(new WithdrawRequest { SubmissionId = otherDraft.SubmissionId });

        await fixture.Events.WaitUntilAsync(
            events => events.Received<SubmissionWithdrawn>().Any(e => e.SubmissionId == Guid.Parse(draft.SubmissionId)),
            TimeSpan.FromSeconds(20), "SubmissionWithdrawn");
        Assert.DoesNotContain(fixture.Events.Received<SubmissionWithdrawn>(), e => e.SubmissionId == Guid.Parse(otherDraft.SubmissionId));
    }

    [Fact]
    public async Task The_database_refuses_to_rewrite_history()
    {
        var (_, _, draft) = await fixture.DraftAsync();

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => fixture.QueryAsync(db =>
            db.Database.ExecuteSqlAsync($"UPDATE submission_versions SET changed_by = 'someone else' WHERE submission_id = {Guid.Parse(draft.SubmissionId)}")));

        Assert.Contains("immutable", failure.Message, StringComparison.Ordinal);
        Assert.Equal($"lead-{draft.DistrictId}", (await fixture.Staff().GetSubmissionVersionAsync(new GetSubmissionVersionRequest { SubmissionId = draft.SubmissionId, Version = 1 })).ChangedBy);
    }
}
