using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Tests.Messaging;
using Xunit;

namespace Consortium.Insights.Tests.Api;

/// <summary>
/// CompareContext with medians checked by hand. One test in its own class (its own database), so
/// "all members" is exactly the six districts it creates.
/// </summary>
public sealed class ContextTests(InsightsServiceFixture fixture) : IClassFixture<InsightsServiceFixture>
{
    [Fact]
    public async Task Context_is_compared_with_the_medians_of_all_members_and_of_the_peer_group()
    {
        var events = new List<Contracts.Events.IntegrationEvent>();
        var ids = new List<Guid>();
        foreach (var enrollment in new[] { 1000, 2000, 3000, 4000, 5000, 6000 })
        {
            var joined = ContractEvents.DistrictJoined(Guid.CreateVersion7());
            events.Add(joined);
            events.Add(ContractEvents.ProfileUpdated(joined.DistrictId, enrollment: enrollment) with
            {
                CultureConstructs = [new() { Code = "trust", Label = "Trust", Score = enrollment / 100m, Respondents = 100 }],
            });
            ids.Add(joined.DistrictId);
        }

        await fixture.PublishAndWaitAsync([.. events]);
        var lead = fixture.LeadOf(ids[0]);

        var five = await lead.CompareContextAsync(new CompareContextRequest { PeerCount = 5 });
        var three = await fixture.Staff().CompareContextAsync(new CompareContextRequest { DistrictId = ids[0].ToString(), PeerCount = 3 });
        var four = await lead.CompareContextAsync(new CompareContextRequest { PeerCount = 4 });

        // Medians over the other five (2000–6000): its own 1000 is never in a median it is shown.
        var enrollmentRow = five.Comparisons.Single(c => c.Code == "enrollment");
        Assert.Equal(1000m, enrollmentRow.Value.Number());
        Assert.Equal((5, 4000m), (enrollmentRow.AllMembers.DistrictCount, enrollmentRow.AllMembers.Median.Number()));
        Assert.Equal((5, 4000m), (enrollmentRow.Peers.DistrictCount, enrollmentRow.Peers.Median.Number()));
        var trust = five.Comparisons.Single(c => c.Code == "culture:trust");
        Assert.Equal((10m, 40m), (trust.Value.Number(), trust.AllMembers.Median.Number()));
        Assert.Equal(("2025-26", 5), (five.SchoolYear, five.PeerCount));

        // Its three nearest: below the floor, for staff too.
        var small = three.Comparisons.Single(c => c.Code == "enrollment").Peers;
        Assert.Equal((3, SuppressionReason.TooFewDistricts), (small.DistrictCount, small.Suppression.Reason));

        // Four peers: fewer than k others.
        Assert.Equal(SuppressionReason.TooFewDistricts, four.Comparisons.Single(c => c.Code == "enrollment").Peers.Suppression.Reason);
        Assert.Equal(4000m, four.Comparisons.Single(c => c.Code == "enrollment").AllMembers.Median.Number());
    }
}
