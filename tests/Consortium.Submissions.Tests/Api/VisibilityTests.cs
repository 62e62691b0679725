using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Submissions.V1;
using Consortium.Testing.Services;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Consortium.Submissions.Tests.Api;

/// <summary>
/// Another district sees an accepted submission only as its visibility allows: named in full,
/// anonymous without the district's identity, private not at all. Staff always see everything.
/// </summary>
public sealed class VisibilityTests(SubmissionsServiceFixture fixture) : IClassFixture<SubmissionsServiceFixture>
{
    [Fact]
    public async Task A_named_submission_is_shown_in_full_to_another_district()
    {
        var (districtId, accepted) = await fixture.AcceptedAsync(visibility: Visibility.Named);

        var seen = await OtherLead().GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = accepted.SubmissionId });

        Assert.Equal(districtId.ToString(), seen.DistrictId);
        Assert.False(string.IsNullOrEmpty(seen.DistrictName));
        Assert.Equal("Jane Rivera", seen.Contact.Name);
        Assert.False(seen.Anonymized);
    }

    [Fact]
    public async Task An_anonymous_submission_is_shown_without_the_districts_identity()
    {
        var (_, accepted) = await fixture.AcceptedAsync(visibility: Visibility.Anonymous);

        var seen = await OtherLead().GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = accepted.SubmissionId });
        var byStaff = await fixture.Staff().GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = accepted.SubmissionId });

        Assert.True(seen.Anonymized);
        Assert.Equal((string.Empty, string.Empty), (seen.DistrictId, seen.DistrictName));
        Assert.Null(seen.Contact);
        Assert.Empty(seen.EvidenceLinks);
        Assert.Equal(accepted.Narrative, seen.Narrative);
        Assert.Equal(accepted.Values, seen.Values);
        Assert.Equal(accepted, byStaff);
    }

    [Fact]
    public async Task A_private_submission_does_not_exist_for_another_district_but_staff_see_it()
    {
        var (_, accepted) = await fixture.AcceptedAsync(visibility: Visibility.Private);
        var other = OtherLead();

        await RpcAssert.FailsWith(StatusCode.NotFound, async () => await other.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = accepted.SubmissionId }));
        var listed = await other.ListSubmissionsAsync(new ListSubmissionsRequest { TopicId = accepted.TopicId });

        Assert.Empty(listed.Submissions);
        Assert.Equal(accepted, await fixture.Staff().GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = accepted.SubmissionId }));
    }

    [Fact]
    public async Task Inherit_follows_the_districts_sharing_preference_as_it_changes()
    {
        var (districtId, accepted) = await fixture.AcceptedAsync(SharingPreferenceV1.Named);
        var other = OtherLead();
        Assert.Equal(Visibility.Inherit, accepted.Visibility);
        Assert.False((await other.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = accepted.SubmissionId })).Anonymized);

        await fixture.Publisher.PublishAsync(ContractEvents.SharingChanged(districtId, 2, SharingPreferenceV1.Anonymous));
        await fixture.WaitUntilAsync(db => db.Districts.AnyAsync(d => d.Id == districtId && d.SharingVersion == 2), "sharing anonymous");
        Assert.True((await other.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = accepted.SubmissionId })).Anonymized);

        await fixture.Publisher.PublishAsync(ContractEvents.SharingChanged(districtId, 3, SharingPreferenceV1.Private));
        await fixture.WaitUntilAsync(db => db.Districts.AnyAsync(d => d.Id == districtId && d.SharingVersion == 3), "sharing private");
        await RpcAssert.FailsWith(StatusCode.NotFound, async () => await other.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = accepted.SubmissionId }));
    }

    [Fact]
    public async Task Filtering_by_another_district_shows_only_what_it_shares_by_name()
    {
        var (districtId, anonymous) = await fixture.AcceptedAsync(visibility: Visibility.Anonymous);
        var other = OtherLead();

        var byTopic = await other.ListSubmissionsAsync(new ListSubmissionsRequest { TopicId = anonymous.TopicId });
        var byDistrict = await other.ListSubmissionsAsync(new ListSubmissionsRequest { DistrictId = districtId.ToString() });

        Assert.Single(byTopic.Submissions);
        // Listing an anonymous submission under its district's id would name the district.
        Assert.Empty(byDistrict.Submissions);
    }

    [Fact]
    public async Task Submissions_under_review_are_not_shown_to_other_districts_even_when_named()
    {
        var (districtId, _, draft) = await fixture.DraftAsync(visibility: Visibility.Named);
        await fixture.LeadOf(districtId).SubmitAsync(new SubmitRequest { SubmissionId = draft.SubmissionId });

        await RpcAssert.FailsWith(StatusCode.NotFound, async () => await OtherLead().GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = draft.SubmissionId }));
    }

    [Fact]
    public async Task Another_districts_history_is_not_shown_even_when_its_result_is()
    {
        var (_, accepted) = await fixture.AcceptedAsync(visibility: Visibility.Named);

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () =>
            await OtherLead().ListSubmissionVersionsAsync(new ListSubmissionVersionsRequest { SubmissionId = accepted.SubmissionId }));
    }

    private SubmissionsService.SubmissionsServiceClient OtherLead() => fixture.LeadOf(Guid.CreateVersion7());
}
