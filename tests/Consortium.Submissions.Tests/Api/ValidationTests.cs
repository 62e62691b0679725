using Consortium.Contracts.Submissions.V1;
using Consortium.Testing.Services;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Consortium.Submissions.Tests.Api;

/// <summary>Bad input gets INVALID_ARGUMENT naming every bad field (or row), and nothing is written.</summary>
public sealed class ValidationTests(SubmissionsServiceFixture fixture) : IClassFixture<SubmissionsServiceFixture>
{
    [Fact]
    public async Task Create_with_several_bad_fields_reports_each_and_writes_nothing()
    {
        var districtId = await fixture.JoinedDistrictAsync();
        var topic = await fixture.OpenTopicAsync();
        var request = SubmissionsServiceFixture.NewDraft(districtId, topic.TopicId);
        request.Kind = BenchmarkKind.Culture;
        request.Title = "";
        request.EvidenceLinks.Add("javascript:alert(1)");
        request.Contact.Email = "not-an-email";
        request.Values.Add(SubmissionsServiceFixture.Number("BELONGING", "7"));
        var before = await fixture.QueryAsync(db => db.Submissions.CountAsync());

        await RpcAssert.InvalidFields(
            async () => await fixture.LeadOf(districtId).CreateSubmissionAsync(request),
            "kind", "title", "evidence_links[1]", "contact.email", "values[3]");

        Assert.Equal(before, await fixture.QueryAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task Ids_and_kind_are_checked_before_anything_else()
    {
        var districtId = await fixture.JoinedDistrictAsync();

        await RpcAssert.InvalidFields(
            async () => await fixture.LeadOf(districtId).CreateSubmissionAsync(new CreateSubmissionRequest { DistrictId = districtId.ToString(), TopicId = "nope", Title = "x" }),
            "topic_id", "kind");
    }

    [Fact]
    public async Task Bulk_values_are_all_or_nothing_with_a_violation_per_bad_row()
    {
        var (districtId, _, draft) = await fixture.DraftAsync(complete: false);
        var request = new SetTargetValuesRequest
        {
            SubmissionId = draft.SubmissionId,
            Values =
            {
                SubmissionsServiceFixture.Number("ENROLLED", "1500"),
                SubmissionsServiceFixture.Number("PCT-VOICE", "140"),
                new TargetValue { TargetCode = "STAGE", RubricRank = 9 },
                new TargetValue { TargetCode = "HAS-POLICY", YesNo = true },
                SubmissionsServiceFixture.Number("NO-SUCH-TARGET", "1"),
                SubmissionsServiceFixture.Number("IN-ADVANCED", "12,5"),
                new TargetValue { TargetCode = "ENROLLED", Text = "many" },
            },
        };

        var badRequest = await RpcAssert.InvalidFields(
            async () => await fixture.LeadOf(districtId).SetTargetValuesAsync(request),
            "values[1]", "values[2]", "values[4]", "values[5]", "values[6]");

        Assert.Contains("PCT-VOICE", badRequest.FieldViolations.Single(v => v.Field == "values[1]").Description, StringComparison.Ordinal);
        Assert.Contains("NO-SUCH-TARGET", badRequest.FieldViolations.Single(v => v.Field == "values[4]").Description, StringComparison.Ordinal);
        var unchanged = await fixture.LeadOf(districtId).GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = draft.SubmissionId });
        Assert.Empty(unchanged.Values);
        Assert.Equal(1, unchanged.Version);
        Assert.Equal(1, await fixture.CountVersionsAsync(draft.SubmissionId));
    }

    [Fact]
    public async Task Good_bulk_values_are_saved_in_one_version()
    {
        var (districtId, _, draft) = await fixture.DraftAsync(complete: false);

        var saved = await fixture.LeadOf(districtId).SetTargetValuesAsync(new SetTargetValuesRequest
        {
            SubmissionId = draft.SubmissionId,
            Values =
            {
                SubmissionsServiceFixture.Number("PCT-VOICE", "62.50"),
                new TargetValue { TargetCode = "stage", RubricRank = 3 },
                new TargetValue { TargetCode = "HAS-POLICY", YesNo = false },
                SubmissionsServiceFixture.Number("BELONGING", "4.2"),
            },
        });

        Assert.Equal(2, saved.Version);
        Assert.Equal(["PCT-VOICE", "BELONGING", "STAGE", "HAS-POLICY"], saved.Values.Select(v => v.TargetCode));
        Assert.Equal("62.5", saved.Values[0].Number.Value);
        Assert.False(string.IsNullOrEmpty(saved.Values[0].TargetId));
    }

    [Fact]
    public async Task Returning_without_comments_is_invalid()
    {
        var (districtId, _, draft) = await fixture.DraftAsync();
        await fixture.LeadOf(districtId).SubmitAsync(new SubmitRequest { SubmissionId = draft.SubmissionId });

        await RpcAssert.InvalidFields(
            async () => await fixture.Staff().ReturnAsync(new ReturnRequest { SubmissionId = draft.SubmissionId }),
            "reviewer_comments");
    }

    [Fact]
    public async Task A_stale_expected_version_is_aborted()
    {
        var (districtId, _, draft) = await fixture.DraftAsync();
        await fixture.LeadOf(districtId).UpdateDraftAsync(new UpdateDraftRequest { SubmissionId = draft.SubmissionId, Title = "First edit" });

        await RpcAssert.FailsWith(Grpc.Core.StatusCode.Aborted, async () =>
            await fixture.LeadOf(districtId).UpdateDraftAsync(new UpdateDraftRequest { SubmissionId = draft.SubmissionId, Title = "Second edit", ExpectedVersion = draft.Version }));
    }
}
