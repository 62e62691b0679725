using Consortium.Contracts.Submissions.V1;
using Consortium.Testing.Services;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Consortium.Submissions.Tests.Api;

/// <summary>A retried write (same request id) has no second effect: no second submission, version or event.</summary>
public sealed class IdempotencyTests(SubmissionsServiceFixture fixture) : IClassFixture<SubmissionsServiceFixture>
{
    [Fact]
    public async Task A_retried_create_returns_the_first_draft_and_creates_nothing_more()
    {
        var districtId = await fixture.JoinedDistrictAsync();
        var topic = await fixture.OpenTopicAsync();
        var request = SubmissionsServiceFixture.NewDraft(districtId, topic.TopicId);
        request.RequestId = Guid.NewGuid().ToString();

        var first = await fixture.LeadOf(districtId).CreateSubmissionAsync(request);
        var retry = await fixture.LeadOf(districtId).CreateSubmissionAsync(request);

        Assert.Equal(first, retry);
        Assert.Equal(1, await fixture.QueryAsync(db => db.Submissions.CountAsync(s => s.DistrictId == districtId)));
    }

    [Fact]
    public async Task A_retried_submit_creates_no_second_version_and_no_second_event()
    {
        var (districtId, _, draft) = await fixture.DraftAsync();
        var submit = new SubmitRequest { SubmissionId = draft.SubmissionId, RequestId = Guid.NewGuid().ToString() };
        var outboxBefore = await fixture.CountOutboxAsync();

        var first = await fixture.LeadOf(districtId).SubmitAsync(submit);
        var retry = await fixture.LeadOf(districtId).SubmitAsync(submit);

        Assert.Equal(first, retry);
        Assert.Equal(2, await fixture.CountVersionsAsync(draft.SubmissionId));
        Assert.Equal(outboxBefore + 1, await fixture.CountOutboxAsync());
    }

    [Fact]
    public async Task Concurrent_duplicate_submits_submit_once()
    {
        var (districtId, _, draft) = await fixture.DraftAsync();
        var submit = new SubmitRequest { SubmissionId = draft.SubmissionId, RequestId = Guid.NewGuid().ToString() };

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fixture.LeadOf(districtId).SubmitAsync(submit).ResponseAsync));

        Assert.Single(results.Select(r => r.Version).Distinct());
        Assert.Equal(2, await fixture.CountVersionsAsync(draft.SubmissionId));
    }

    [Fact]
    public async Task Reusing_a_request_id_for_a_different_request_is_already_exists()
    {
        var (districtId, _, draft) = await fixture.DraftAsync();
        var requestId = Guid.NewGuid().ToString();
        await fixture.LeadOf(districtId).UpdateDraftAsync(new UpdateDraftRequest { SubmissionId = draft.SubmissionId, RequestId = requestId, Title = "One" });

        await RpcAssert.FailsWith(Grpc.Core.StatusCode.AlreadyExists, async () =>
            await fixture.LeadOf(districtId).UpdateDraftAsync(new UpdateDraftRequest { SubmissionId = draft.SubmissionId, RequestId = requestId, Title = "Two" }));
        Assert.Equal("One", (await fixture.LeadOf(districtId).GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = draft.SubmissionId })).Title);
    }
}
