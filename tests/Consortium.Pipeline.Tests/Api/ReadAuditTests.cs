using Consortium.Contracts.Pipeline.V1;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Consortium.Pipeline.Tests.Api;

/// <summary>Reads of person-level data from outside the leader's district are audited (who, what, when); the district's own reads are not.</summary>
public sealed class ReadAuditTests(PipelineServiceFixture fixture) : IClassFixture<PipelineServiceFixture>
{
    [Fact]
    public async Task Staff_reads_of_a_leader_their_activities_and_a_coverage_are_audited_with_who_and_what()
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

        var read = Assert.Single(capture.Entries, e => e.EventName == "CrossDistrictRead" && e.Values["ResourceId"] == leader.LeaderId);
        Assert.Equal(("staff-1", "leader", district.ToString()), (read.Values["Subject"], read.Values["Resource"], read.Values["DistrictId"]));
        Assert.Contains(capture.Entries, e => e.EventName == "CrossDistrictListed" && e.Values["Resource"] == "leader" && e.Values["ResourceIds"] == leader.LeaderId);
        Assert.Contains(capture.Entries, e => e.EventName == "CrossDistrictListed" && e.Values["Resource"] == "development-activity" && e.Values["ResourceIds"] == activity.ActivityId);
        Assert.Contains(capture.Entries, e => e.EventName == "CrossDistrictRead" && e.Values["Resource"] == "succession-coverage" && e.Values["ResourceId"] == district.ToString());
    }

    [Fact]
    public async Task The_districts_own_lead_and_the_leader_themself_are_not_audited()
    {
        using var capture = Capture();
        var district = await fixture.NewDistrictAsync();
        var subject = $"leader-{Guid.NewGuid():N}";
        var leader = await fixture.EnrollAsync(district, subject: subject);

        await fixture.LeadOf(district).GetLeaderAsync(new GetLeaderRequest { LeaderId = leader.LeaderId });
        await fixture.LeadOf(district).ListLeadersAsync(new ListLeadersRequest());
        await fixture.LeaderSignedInAs(subject, district).GetLeaderAsync(new GetLeaderRequest { LeaderId = leader.LeaderId });
        await fixture.LeaderSignedInAs(subject, district).ListDevelopmentActivitiesAsync(new ListDevelopmentActivitiesRequest { LeaderId = leader.LeaderId });
        // A staff read afterwards shows the capture works, so the silence above is real.
        await fixture.Staff().GetLeaderAsync(new GetLeaderRequest { LeaderId = leader.LeaderId });

        var audited = capture.Entries.Where(e => e.EventName.StartsWith("CrossDistrict", StringComparison.Ordinal)).ToList();
        Assert.Equal("staff-1", Assert.Single(audited).Values["Subject"]);
    }

    private LogCapture Capture()
    {
        var capture = new LogCapture();
        fixture.Service.Services.GetRequiredService<ILoggerFactory>().AddProvider(capture);
        return capture;
    }
}
