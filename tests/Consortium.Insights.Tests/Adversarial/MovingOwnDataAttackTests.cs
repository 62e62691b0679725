using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Tests.Api;
using Consortium.Insights.Tests.Messaging;
using Xunit;

namespace Consortium.Insights.Tests.Adversarial;

/// <summary>
/// Attack 3 of issue 10: moving one's own data. A lead writes its own profile without review: one
/// for a far-future school year became its "latest", and moving its own value across its
/// neighbours' walked the median over their values. Property: nothing the lead does to its own
/// profile changes the medians it is shown, and a profile for a year that has not started
/// changes nothing at all (not its school year, not its peers).
/// </summary>
public sealed class MovingOwnDataAttackTests(InsightsServiceFixture fixture) : IClassFixture<InsightsServiceFixture>
{
    [Theory]
    [MemberData(nameof(GeneratedConsortium.Seeds), MemberType = typeof(GeneratedConsortium))]
    public async Task Moving_its_own_profile_moves_no_median_it_is_shown(int seed)
    {
        var random = new Random(seed);
        var ids = new List<Guid>();
        var events = new List<Contracts.Events.IntegrationEvent>();
        for (var i = 0; i < 8; i++)
        {
            var joined = ContractEvents.DistrictJoined(Guid.CreateVersion7());
            events.AddRange([joined, ContractEvents.ProfileUpdated(joined.DistrictId, enrollment: random.Next(1_000, 60_000))]);
            ids.Add(joined.DistrictId);
        }

        await fixture.PublishAndWaitAsync([.. events]);
        var lead = fixture.LeadOf(ids[0]);
        var request = new CompareContextRequest { PeerCount = 6 };
        var before = await lead.CompareContextAsync(request);
        var peersBefore = await lead.GetPeerGroupAsync(new GetPeerGroupRequest { Scope = new ComparisonScope { SimilarPeers = new SimilarPeers { Count = 6 } } });

        // A far-future year: it must not count anywhere.
        await fixture.PublishAndWaitAsync(ContractEvents.ProfileUpdated(ids[0], schoolYear: "2099-00", enrollment: 1));
        var future = await lead.CompareContextAsync(request);
        var peersFuture = await lead.GetPeerGroupAsync(new GetPeerGroupRequest { Scope = new ComparisonScope { SimilarPeers = new SimilarPeers { Count = 6 } } });

        // Its own value of the current year walked across the others'.
        await fixture.PublishAndWaitAsync(ContractEvents.ProfileUpdated(ids[0], version: 2, enrollment: random.Next(1_000, 60_000)));
        var moved = await lead.CompareContextAsync(request);

        Assert.Equal(before.SchoolYear, future.SchoolYear);
        Assert.Equal(peersBefore.Peers.Select(p => p.DistrictId), peersFuture.Peers.Select(p => p.DistrictId));
        Assert.Equal(AllMembersMedians(before), AllMembersMedians(future));
        Assert.Equal(AllMembersMedians(before), AllMembersMedians(moved));
    }

    // Each measure's all-members median as shown (or why not): what the lead could watch move.
    private static IEnumerable<string> AllMembersMedians(CompareContextResponse answer) =>
        answer.Comparisons.Select(c => $"{c.Code}={c.AllMembers}");
}
