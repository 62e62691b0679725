using Consortium.Contracts.Audit.V1;
using Consortium.Contracts.Pipeline.V1;
using Consortium.Contracts.Security;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Consortium.Pipeline.Tests.Api;

/// <summary>
/// Reads of person-level data from outside the leader's district are recorded in the audit store
/// (who, what, when) and listed to staff; the district's own reads are not; nothing is logged per
/// read above Debug (ADR 22).
/// </summary>
public sealed class ReadAuditTests(PipelineServiceFixture fixture) : IClassFixture<PipelineServiceFixture>
{
    [Fact]
    public async Task Staff_reads_of_a_leader_their_activities_and_a_coverage_are_in_the_audit_store_with_who_and_what()
    {
        using var capture = Capture();
        var district = await fixture.NewDistrictAsync();
        var leader = await fixture.EnrollAsync(district);
        var activity = await fixture.LeadOf(district).AddDevelopmentActivityAsync(PipelineServiceFixture.NewActivity(leader, await fixture.NewCompetencyAsync()));
        var staff = fixture.Staff();

        await staff.GetLeaderAsync(new GetLeaderRequest { LeaderId = leader.LeaderId });
        await staff.ListLeadersAsync(new ListLeadersRequest { DistrictId = district.ToString() });
        await staff.ListDevelopmentActivitiesAsync(new ListDevelopmentActivitiesRequest { LeaderId = leader.LeaderId });
        await staff.GetSuccessionCoverageAsync(new GetSuccessionCoverageRequest { DistrictId = district.ToString() });

        var entries = await EntriesAsync(new ListAuditEntriesRequest { DistrictId = district.ToString() });
        var read = Assert.Single(entries, e => e.Action == "read" && e.ResourceId == leader.LeaderId);
        Assert.Equal(("staff-1", "leader", district.ToString(), "full record"), (read.Subject, read.Resource, read.DistrictId, read.View));
        Assert.NotNull(read.OccurTime);
        Assert.Contains(entries, e => e.Action == "listed" && e.Resource == "leader" && e.ResourceId == leader.LeaderId);
        Assert.Contains(entries, e => e.Action == "listed" && e.Resource == "development-activity" && e.ResourceId == activity.ActivityId);
        Assert.Contains(entries, e => e.Action == "read" && e.Resource == "succession-coverage" && e.ResourceId == district.ToString());
        Assert.DoesNotContain(capture.Entries, e => e.Level > LogLevel.Debug && e.Message.Contains(leader.LeaderId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_read_by_a_leader_of_another_district_appears_in_the_store_and_not_in_the_log()
    {
        using var capture = Capture();
        var district = await fixture.NewDistrictAsync();
        var other = await fixture.NewDistrictAsync();
        var leader = await fixture.EnrollAsync(district);
        var otherLead = fixture.LeadOf(other);

        // The other district's lead may list (their own district's leaders only); staff read across.
        await otherLead.ListLeadersAsync(new ListLeadersRequest());
        await Assert.ThrowsAsync<RpcException>(async () => await otherLead.GetLeaderAsync(new GetLeaderRequest { LeaderId = leader.LeaderId }));
        await fixture.Staff().GetLeaderAsync(new GetLeaderRequest { LeaderId = leader.LeaderId });

        var byOther = await EntriesAsync(new ListAuditEntriesRequest { CallerDistrictId = other.ToString() });
        Assert.Empty(byOther);
        var about = await EntriesAsync(new ListAuditEntriesRequest { DistrictId = district.ToString() });
        Assert.Equal("staff-1", Assert.Single(about).Subject);
        Assert.DoesNotContain(capture.Entries, e => e.Level > LogLevel.Debug && e.Message.Contains(leader.LeaderId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_districts_own_lead_and_the_leader_themself_are_not_audited()
    {
        var district = await fixture.NewDistrictAsync();
        var subject = $"leader-{Guid.NewGuid():N}";
        var leader = await fixture.EnrollAsync(district, subject: subject);

        await fixture.LeadOf(district).GetLeaderAsync(new GetLeaderRequest { LeaderId = leader.LeaderId });
        await fixture.LeadOf(district).ListLeadersAsync(new ListLeadersRequest());
        await fixture.LeaderSignedInAs(subject, district).GetLeaderAsync(new GetLeaderRequest { LeaderId = leader.LeaderId });
        await fixture.LeaderSignedInAs(subject, district).ListDevelopmentActivitiesAsync(new ListDevelopmentActivitiesRequest { LeaderId = leader.LeaderId });
        // A staff read afterwards shows the store works, so the silence above is real.
        await fixture.Staff().GetLeaderAsync(new GetLeaderRequest { LeaderId = leader.LeaderId });

        var audited = await EntriesAsync(new ListAuditEntriesRequest { DistrictId = district.ToString() });
        Assert.Equal("staff-1", Assert.Single(audited).Subject);
    }

    [Fact]
    public async Task Only_staff_list_the_audit_store_and_it_pages_newest_first()
    {
        var district = await fixture.NewDistrictAsync();
        var leader = await fixture.EnrollAsync(district);
        for (var i = 0; i < 3; i++)
        {
            await fixture.Staff().GetLeaderAsync(new GetLeaderRequest { LeaderId = leader.LeaderId });
        }

        var denied = await Assert.ThrowsAsync<RpcException>(async () =>
            await Audits(fixture.Service.Tokens.Issue($"lead-{district}", Roles.DistrictLead, district)).ListAuditEntriesAsync(new ListAuditEntriesRequest()));
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);

        var first = await Audits(StaffToken()).ListAuditEntriesAsync(new ListAuditEntriesRequest { DistrictId = district.ToString(), PageSize = 2 });
        var second = await Audits(StaffToken()).ListAuditEntriesAsync(new ListAuditEntriesRequest { DistrictId = district.ToString(), PageSize = 2, PageToken = first.NextPageToken });
        Assert.Equal(2, first.Entries.Count);
        Assert.Single(second.Entries);
        Assert.Empty(second.NextPageToken);
        var times = first.Entries.Concat(second.Entries).Select(e => (e.OccurTime.ToDateTimeOffset(), e.EntryId)).ToList();
        Assert.Equal(times.OrderDescending(), times);
    }

    private string StaffToken() => fixture.Service.Tokens.Issue("staff-1", Roles.ConsortiumStaff);

    private AuditTrail.AuditTrailClient Audits(string token) => new(fixture.Service.Channel(token));

    private async Task<IReadOnlyList<AuditEntry>> EntriesAsync(ListAuditEntriesRequest request) =>
        (await Audits(StaffToken()).ListAuditEntriesAsync(request)).Entries;

    private LogCapture Capture()
    {
        var capture = new LogCapture();
        fixture.Service.Services.GetRequiredService<ILoggerFactory>().AddProvider(capture);
        return capture;
    }
}
