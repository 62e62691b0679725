using Consortium.Contracts.Security;
using Consortium.Contracts.Submissions.V1;
using Consortium.Testing.Services;
using Grpc.Core;
using Xunit;

namespace Consortium.Submissions.Tests.Api;

/// <summary>A lead writes only its own district's submissions; staff review but do not author; others cannot review.</summary>
public sealed class AuthorizationTests(SubmissionsServiceFixture fixture) : IClassFixture<SubmissionsServiceFixture>
{
    [Fact]
    public async Task A_lead_of_another_district_can_neither_create_nor_change_nor_read_a_draft()
    {
        var (districtId, topic, draft) = await fixture.DraftAsync();
        var otherLead = fixture.LeadOf(await fixture.JoinedDistrictAsync());

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () =>
            await otherLead.CreateSubmissionAsync(SubmissionsServiceFixture.NewDraft(districtId, topic.TopicId)));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () =>
            await otherLead.UpdateDraftAsync(new UpdateDraftRequest { SubmissionId = draft.SubmissionId, Title = "Hijacked" }));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () =>
            await otherLead.SetTargetValuesAsync(new SetTargetValuesRequest { SubmissionId = draft.SubmissionId, Values = { SubmissionsServiceFixture.Number("ENROLLED", "1") } }));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () =>
            await otherLead.SubmitAsync(new SubmitRequest { SubmissionId = draft.SubmissionId }));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () =>
            await otherLead.WithdrawAsync(new WithdrawRequest { SubmissionId = draft.SubmissionId }));
        // Another district's draft is work in progress: it does not exist for others.
        await RpcAssert.FailsWith(StatusCode.NotFound, async () =>
            await otherLead.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = draft.SubmissionId }));

        Assert.Equal(draft, await fixture.LeadOf(districtId).GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = draft.SubmissionId }));
    }

    [Fact]
    public async Task Leads_cannot_review_and_staff_cannot_author()
    {
        var (districtId, topic, draft) = await fixture.DraftAsync();
        var lead = fixture.LeadOf(districtId);
        await lead.SubmitAsync(new SubmitRequest { SubmissionId = draft.SubmissionId });

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await lead.AcceptAsync(new AcceptRequest { SubmissionId = draft.SubmissionId }));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () =>
            await lead.ReturnAsync(new ReturnRequest { SubmissionId = draft.SubmissionId, ReviewerComments = "Looks great to me" }));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () =>
            await fixture.Staff().CreateSubmissionAsync(SubmissionsServiceFixture.NewDraft(districtId, topic.TopicId)));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () =>
            await fixture.Staff().WithdrawAsync(new WithdrawRequest { SubmissionId = draft.SubmissionId }));
    }

    [Fact]
    public async Task Staff_read_every_submission_in_full_and_its_history()
    {
        var (_, _, draft) = await fixture.DraftAsync(visibility: Visibility.Private);

        var seen = await fixture.Staff().GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = draft.SubmissionId });
        var history = await fixture.Staff().ListSubmissionVersionsAsync(new ListSubmissionVersionsRequest { SubmissionId = draft.SubmissionId });

        Assert.Equal(draft, seen);
        Assert.Single(history.Versions);
    }

    [Fact]
    public async Task Callers_without_a_token_are_unauthenticated()
    {
        var (_, _, draft) = await fixture.DraftAsync();

        await RpcAssert.FailsWith(StatusCode.Unauthenticated, async () =>
            await fixture.Client(null).GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = draft.SubmissionId }));
    }

    [Fact]
    public async Task A_leader_of_the_district_cannot_write_its_submissions()
    {
        // What a leader may read (accepted work only) is in CuriousMemberTests.
        var (districtId, _, draft) = await fixture.DraftAsync();
        var leader = fixture.Client(fixture.Service.Tokens.Issue("leader-1", Roles.Leader, districtId));

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () =>
            await leader.UpdateDraftAsync(new UpdateDraftRequest { SubmissionId = draft.SubmissionId, Title = "Mine now" }));
    }
}
