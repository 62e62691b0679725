using Consortium.Contracts.Audit.V1;
using Consortium.Contracts.Security;
using Consortium.Contracts.Submissions.V1;
using Consortium.Testing.Services;
using Grpc.Core;
using Xunit;

namespace Consortium.Submissions.Tests.Api;

/// <summary>
/// A read of a submission by a leader of another district (or by staff) is recorded in the
/// service's audit store and listed to staff through <c>consortium.audit.v1.AuditTrail</c>; the
/// district's own reads are not; nothing is logged per read above Debug (ADR 22).
/// </summary>
public sealed class ReadAuditTests(SubmissionsServiceFixture fixture) : IClassFixture<SubmissionsServiceFixture>
{
    [Fact]
    public async Task A_read_by_a_lead_of_another_district_appears_in_the_store()
    {
        var (districtId, accepted) = await fixture.AcceptedAsync(visibility: Visibility.Named);
        var other = Guid.CreateVersion7();

        await fixture.LeadOf(other).GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = accepted.SubmissionId });
        await fixture.LeadOf(districtId).GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = accepted.SubmissionId });

        var entries = await EntriesAsync(new ListAuditEntriesRequest { DistrictId = districtId.ToString() });
        var read = Assert.Single(entries);
        Assert.Equal(
            ($"lead-{other}", other.ToString(), "read", "submission", accepted.SubmissionId, "Full"),
            (read.Subject, read.CallerDistrictId, read.Action, read.Resource, read.ResourceId, read.View));
    }

    [Fact]
    public async Task Listed_rows_of_other_districts_are_recorded_an_anonymised_one_without_its_district()
    {
        var (_, anonymous) = await fixture.AcceptedAsync(visibility: Visibility.Anonymous);
        var other = Guid.CreateVersion7();

        var listed = await fixture.LeadOf(other).ListSubmissionsAsync(new ListSubmissionsRequest { TopicId = anonymous.TopicId });
        Assert.Single(listed.Submissions);

        var entries = await EntriesAsync(new ListAuditEntriesRequest { CallerDistrictId = other.ToString() });
        var row = Assert.Single(entries);
        Assert.Equal(("listed", anonymous.SubmissionId, string.Empty), (row.Action, row.ResourceId, row.DistrictId));
    }

    [Fact]
    public async Task Only_staff_list_the_audit_store()
    {
        var district = Guid.CreateVersion7();
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () =>
            await new AuditTrail.AuditTrailClient(fixture.Service.Channel(fixture.LeadToken(district))).ListAuditEntriesAsync(new ListAuditEntriesRequest()));
        await RpcAssert.FailsWith(StatusCode.InvalidArgument, async () =>
            await Audits().ListAuditEntriesAsync(new ListAuditEntriesRequest { DistrictId = "not-an-id" }));
    }

    private AuditTrail.AuditTrailClient Audits() => new(fixture.Service.Channel(fixture.Service.Tokens.Issue("staff-1", Roles.ConsortiumStaff)));

    private async Task<IReadOnlyList<AuditEntry>> EntriesAsync(ListAuditEntriesRequest request) =>
        (await Audits().ListAuditEntriesAsync(request)).Entries;
}
