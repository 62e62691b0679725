using Consortium.Contracts.Submissions.V1;
using Consortium.Testing.Services;
using Xunit;

namespace Consortium.Submissions.Tests.Api;

/// <summary>Lists come in keyset pages, newest first, bound to their filters.</summary>
public sealed class PaginationTests(SubmissionsServiceFixture fixture) : IClassFixture<SubmissionsServiceFixture>
{
    [Fact]
    public async Task Pages_cover_every_matching_submission_once_newest_first()
    {
        var districtId = await fixture.JoinedDistrictAsync();
        var topic = await fixture.OpenTopicAsync();
        var lead = fixture.LeadOf(districtId);
        var created = new List<string>();
        foreach (var kind in new[] { BenchmarkKind.Practice, BenchmarkKind.Program })
        {
            var request = SubmissionsServiceFixture.NewDraft(districtId, topic.TopicId);
            request.Kind = kind;
            created.Add((await lead.CreateSubmissionAsync(request)).SubmissionId);
        }

        // A third one in another topic of the same district.
        var secondTopic = await fixture.OpenTopicAsync();
        created.Add((await lead.CreateSubmissionAsync(SubmissionsServiceFixture.NewDraft(districtId, secondTopic.TopicId))).SubmissionId);

        var seen = new List<string>();
        var token = string.Empty;
        do
        {
            var page = await lead.ListSubmissionsAsync(new ListSubmissionsRequest { DistrictId = districtId.ToString(), PageSize = 2, PageToken = token });
            Assert.True(page.Submissions.Count <= 2);
            seen.AddRange(page.Submissions.Select(s => s.SubmissionId));
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.Equal(Enumerable.Reverse(created), seen);
    }

    [Fact]
    public async Task Filters_by_topic_status_and_kind_combine()
    {
        var (districtId, topic, draft) = await fixture.DraftAsync();
        var other = SubmissionsServiceFixture.NewDraft(districtId, topic.TopicId);
        other.Kind = BenchmarkKind.Program;
        await fixture.LeadOf(districtId).CreateSubmissionAsync(other);
        await fixture.LeadOf(districtId).SubmitAsync(new SubmitRequest { SubmissionId = draft.SubmissionId });

        var submitted = await fixture.Staff().ListSubmissionsAsync(new ListSubmissionsRequest { TopicId = topic.TopicId.ToString(), Status = SubmissionStatus.Submitted });
        var programs = await fixture.Staff().ListSubmissionsAsync(new ListSubmissionsRequest { CycleId = topic.CycleId.ToString(), Kind = BenchmarkKind.Program });

        Assert.Equal([draft.SubmissionId], submitted.Submissions.Select(s => s.SubmissionId));
        Assert.Equal([BenchmarkKind.Program], programs.Submissions.Select(s => s.Kind));
    }

    [Fact]
    public async Task A_token_is_only_valid_with_the_filters_it_was_issued_for()
    {
        var (districtId, topic, _) = await fixture.DraftAsync();
        var other = SubmissionsServiceFixture.NewDraft(districtId, topic.TopicId);
        other.Kind = BenchmarkKind.Program;
        await fixture.LeadOf(districtId).CreateSubmissionAsync(other);
        var first = await fixture.Staff().ListSubmissionsAsync(new ListSubmissionsRequest { TopicId = topic.TopicId.ToString(), PageSize = 1 });

        await RpcAssert.InvalidFields(
            async () => await fixture.Staff().ListSubmissionsAsync(new ListSubmissionsRequest { PageSize = 1, PageToken = first.NextPageToken }),
            "page_token");
        await RpcAssert.InvalidFields(async () => await fixture.Staff().ListSubmissionsAsync(new ListSubmissionsRequest { PageSize = -1 }), "page_size");
        await RpcAssert.InvalidFields(async () => await fixture.Staff().ListSubmissionsAsync(new ListSubmissionsRequest { CycleId = "x" }), "cycle_id");
    }
}
