using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Submissions.V1;
using Consortium.Submissions.Domain;
using Consortium.Testing.Services;
using Microsoft.EntityFrameworkCore;
using Xunit;
using SubmitRequest = Consortium.Contracts.Submissions.V1.SubmitRequest;

namespace Consortium.Submissions.Tests.Api;

/// <summary>Lifecycle rules surface as FAILED_PRECONDITION with their rule code, and change nothing.</summary>
public sealed class PreconditionTests(SubmissionsServiceFixture fixture) : IClassFixture<SubmissionsServiceFixture>
{
    [Fact]
    public async Task Submitting_after_the_window_closed_is_refused()
    {
        var districtId = await fixture.JoinedDistrictAsync();
        var topic = await fixture.OpenTopicAsync(DateTimeOffset.UtcNow.AddDays(-20), DateTimeOffset.UtcNow.AddDays(-1));
        var draft = await fixture.LeadOf(districtId).CreateSubmissionAsync(SubmissionsServiceFixture.NewDraft(districtId, topic.TopicId));

        await RpcAssert.RuleViolated(async () => await fixture.LeadOf(districtId).SubmitAsync(new SubmitRequest { SubmissionId = draft.SubmissionId }), SubmissionRules.WindowClosed);

        Assert.Equal(1, await fixture.CountVersionsAsync(draft.SubmissionId));
    }

    [Fact]
    public async Task Submitting_after_the_cycle_was_closed_by_staff_is_refused()
    {
        var (districtId, topic, draft) = await fixture.DraftAsync();
        await fixture.Publisher.PublishAsync(ContractEvents.CycleClosed(topic.CycleId, 3));
        await fixture.WaitUntilAsync(db => db.Cycles.AnyAsync(c => c.Id == topic.CycleId && c.Status == CycleStatus.Closed), "cycle closed");

        await RpcAssert.RuleViolated(async () => await fixture.LeadOf(districtId).SubmitAsync(new SubmitRequest { SubmissionId = draft.SubmissionId }), SubmissionRules.WindowClosed);
    }

    [Fact]
    public async Task A_suspended_district_cannot_submit_until_reinstated()
    {
        var (districtId, _, draft) = await fixture.DraftAsync();
        await fixture.Publisher.PublishAsync(ContractEvents.MembershipChanged(districtId, 2, MembershipStatusV1.Active, MembershipStatusV1.Suspended));
        await fixture.WaitUntilAsync(db => db.Districts.AnyAsync(d => d.Id == districtId && d.MembershipVersion == 2), "district suspended");

        await RpcAssert.RuleViolated(async () => await fixture.LeadOf(districtId).SubmitAsync(new SubmitRequest { SubmissionId = draft.SubmissionId }), SubmissionRules.DistrictNotActive);

        await fixture.Publisher.PublishAsync(ContractEvents.MembershipChanged(districtId, 3, MembershipStatusV1.Suspended, MembershipStatusV1.Active));
        await fixture.WaitUntilAsync(db => db.Districts.AnyAsync(d => d.Id == districtId && d.MembershipVersion == 3), "district reinstated");
        var submitted = await fixture.LeadOf(districtId).SubmitAsync(new SubmitRequest { SubmissionId = draft.SubmissionId });
        Assert.Equal(Contracts.Submissions.V1.SubmissionStatus.Submitted, submitted.Status);
    }

    [Fact]
    public async Task Editing_an_accepted_submission_is_refused()
    {
        var (districtId, accepted) = await fixture.AcceptedAsync();
        var lead = fixture.LeadOf(districtId);

        await RpcAssert.RuleViolated(async () => await lead.UpdateDraftAsync(new UpdateDraftRequest { SubmissionId = accepted.SubmissionId, Title = "Changed" }), SubmissionRules.NotEditable);
        await RpcAssert.RuleViolated(
            async () => await lead.SetTargetValuesAsync(new SetTargetValuesRequest { SubmissionId = accepted.SubmissionId, Values = { SubmissionsServiceFixture.Number("ENROLLED", "1") } }),
            SubmissionRules.NotEditable);
        await RpcAssert.RuleViolated(async () => await lead.WithdrawAsync(new WithdrawRequest { SubmissionId = accepted.SubmissionId }), SubmissionRules.Transition);

        Assert.Equal(accepted, await lead.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = accepted.SubmissionId }));
    }

    [Fact]
    public async Task An_incomplete_draft_cannot_be_submitted()
    {
        var (districtId, _, draft) = await fixture.DraftAsync(complete: false);

        var failure = await RpcAssert.RuleViolated(
            async () => await fixture.LeadOf(districtId).SubmitAsync(new SubmitRequest { SubmissionId = draft.SubmissionId }), SubmissionRules.Incomplete);

        Assert.Contains("ENROLLED, IN-ADVANCED, PCT-VOICE", failure.Violations[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_part_larger_than_its_whole_cannot_be_submitted()
    {
        var (districtId, _, draft) = await fixture.DraftAsync();
        await fixture.LeadOf(districtId).SetTargetValuesAsync(new SetTargetValuesRequest
        {
            SubmissionId = draft.SubmissionId,
            Values = { SubmissionsServiceFixture.Number("IN-ADVANCED", "5000") },
        });

        await RpcAssert.RuleViolated(async () => await fixture.LeadOf(districtId).SubmitAsync(new SubmitRequest { SubmissionId = draft.SubmissionId }), SubmissionRules.Incomplete);
    }

    [Fact]
    public async Task A_draft_on_a_topic_this_service_has_not_seen_published_is_refused()
    {
        var districtId = await fixture.JoinedDistrictAsync();

        await RpcAssert.RuleViolated(
            async () => await fixture.LeadOf(districtId).CreateSubmissionAsync(SubmissionsServiceFixture.NewDraft(districtId, Guid.CreateVersion7())),
            SubmissionRules.TopicNotOpen);
    }

    [Fact]
    public async Task Staff_cannot_accept_a_draft()
    {
        var (_, _, draft) = await fixture.DraftAsync();

        await RpcAssert.RuleViolated(async () => await fixture.Staff().AcceptAsync(new AcceptRequest { SubmissionId = draft.SubmissionId }), SubmissionRules.Transition);
    }
}
