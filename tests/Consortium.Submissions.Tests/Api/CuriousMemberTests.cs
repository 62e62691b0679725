using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Security;
using Consortium.Contracts.Submissions.V1;
using Consortium.Testing.Services;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Consortium.Submissions.Tests.Api;

/// <summary>
/// Attack 7 of issue 10 as far as Submissions is concerned, played by a curious member with
/// ordinary calls: what another district shows must follow its current sharing choice, the
/// review exchange stays between staff and the district, and a district's leaders (not its lead)
/// see none of its work in progress.
/// </summary>
public sealed class CuriousMemberTests(SubmissionsServiceFixture fixture) : IClassFixture<SubmissionsServiceFixture>
{
    [Theory]
    [InlineData(SharingPreferenceV1.Private)]
    [InlineData(SharingPreferenceV1.Anonymous)]
    public async Task A_submission_made_named_is_no_longer_named_once_its_district_shares_less(SharingPreferenceV1 now)
    {
        var (districtId, accepted) = await fixture.AcceptedAsync(visibility: Visibility.Named);
        var other = OtherLead();

        await fixture.Publisher.PublishAsync(ContractEvents.SharingChanged(districtId, 2, now));
        await fixture.WaitUntilAsync(db => db.Districts.AnyAsync(d => d.Id == districtId && d.SharingVersion == 2), "sharing changed");

        var listed = (await other.ListSubmissionsAsync(new ListSubmissionsRequest { TopicId = accepted.TopicId })).Submissions;
        Assert.DoesNotContain(listed, s => s.DistrictId == districtId.ToString());
        Assert.All(listed, s => Assert.True(s.Anonymized));
        if (now == SharingPreferenceV1.Private)
        {
            Assert.Empty(listed);
            await RpcAssert.FailsWith(StatusCode.NotFound, async () => await other.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = accepted.SubmissionId }));
        }
        else
        {
            var seen = await other.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = accepted.SubmissionId });
            Assert.Equal((true, string.Empty, string.Empty), (seen.Anonymized, seen.DistrictId, seen.DistrictName));
        }
    }

    [Theory]
    [InlineData(Visibility.Named)]
    [InlineData(Visibility.Anonymous)]
    public async Task Reviewer_comments_stay_between_staff_and_the_district(Visibility visibility)
    {
        const string comments = "Riverside: your 62.5% counts the two charter schools; please leave them out.";
        var (districtId, _, draft) = await fixture.DraftAsync(visibility: visibility);
        var lead = fixture.LeadOf(districtId);
        await lead.SubmitAsync(new SubmitRequest { SubmissionId = draft.SubmissionId });
        await fixture.Staff().ReturnAsync(new ReturnRequest { SubmissionId = draft.SubmissionId, ReviewerComments = comments });
        await lead.ResubmitAsync(new ResubmitRequest { SubmissionId = draft.SubmissionId });
        var accepted = await fixture.Staff().AcceptAsync(new AcceptRequest { SubmissionId = draft.SubmissionId });
        Assert.Equal(comments, accepted.ReviewerComments); // the test is meaningful: the comments are kept

        var seen = await OtherLead().GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = draft.SubmissionId });
        var listed = (await OtherLead().ListSubmissionsAsync(new ListSubmissionsRequest { TopicId = draft.TopicId })).Submissions;

        Assert.Equal(string.Empty, seen.ReviewerComments);
        Assert.All(listed, s => Assert.Equal(string.Empty, s.ReviewerComments));
        Assert.Equal(comments, (await lead.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = draft.SubmissionId })).ReviewerComments);
    }

    [Fact]
    public async Task A_leader_of_the_district_sees_neither_its_drafts_nor_their_history_only_what_was_accepted()
    {
        var (districtId, _, draft) = await fixture.DraftAsync();
        var leader = fixture.Client(fixture.Service.Tokens.Issue($"leader-{districtId}", Roles.Leader, districtId));

        await RpcAssert.FailsWith(StatusCode.NotFound, async () => await leader.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = draft.SubmissionId }));
        Assert.Empty((await leader.ListSubmissionsAsync(new ListSubmissionsRequest { DistrictId = districtId.ToString() })).Submissions);
        await RpcAssert.FailsWith(StatusCode.NotFound, async () =>
            await leader.ListSubmissionVersionsAsync(new ListSubmissionVersionsRequest { SubmissionId = draft.SubmissionId }));

        await fixture.LeadOf(districtId).SubmitAsync(new SubmitRequest { SubmissionId = draft.SubmissionId });
        await fixture.Staff().AcceptAsync(new AcceptRequest { SubmissionId = draft.SubmissionId });

        Assert.Equal(draft.SubmissionId, (await leader.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = draft.SubmissionId })).SubmissionId);
    }

    private SubmissionsService.SubmissionsServiceClient OtherLead() => fixture.LeadOf(Guid.CreateVersion7());
}
