using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Tests.Api;
using Xunit;

namespace Consortium.Insights.Tests.Adversarial;

/// <summary>
/// Attack 7 of issue 10 in Insights: counts that leak. The earlier-group fallback said exactly how
/// many districts had just submitted; a peer group's size and unnamed count told, without any
/// floor, which few districts match some criteria or keep their choice to themselves. Property:
/// every count given is of no fewer than k districts (or zero unnamed), and a fallback never says
/// how many it leaves out.
/// </summary>
public sealed class CountsAttackTests(InsightsServiceFixture fixture) : IClassFixture<InsightsServiceFixture>
{
    private const int K = 5;

    [Theory]
    [MemberData(nameof(GeneratedConsortium.Seeds), MemberType = typeof(GeneratedConsortium))]
    public async Task A_peer_group_never_counts_fewer_than_k_districts_or_unnamed_ones(int seed)
    {
        var random = new Random(seed);
        SharingPreferenceV1[] choices = [SharingPreferenceV1.Named, SharingPreferenceV1.Anonymous, SharingPreferenceV1.Private];
        var count = random.Next(2, 11);
        var members = await fixture.MembersAsync(count, sharing: [SharingPreferenceV1.Named, .. Enumerable.Range(1, count - 1).Select(_ => choices[random.Next(3)])]);

        var answer = await fixture.LeadOf(members[0].Id).GetPeerGroupAsync(new GetPeerGroupRequest { Scope = ApiScenario.InState(members[0].State) });

        var unnamed = members.Skip(1).Count(m => m.Sharing != SharingPreferenceV1.Named);
        if (count - 1 < K || unnamed is > 0 and < K)
        {
            Assert.True(answer.CountsWithheld);
            Assert.Equal((0, 0), (answer.DistrictCount, answer.UnnamedCount));
        }
        else
        {
            Assert.Equal((count - 1, unnamed), (answer.DistrictCount, answer.UnnamedCount));
        }

        // The names shown are those sharing by name, whatever the counts.
        Assert.Equal(members.Skip(1).Count(m => m.Sharing == SharingPreferenceV1.Named), answer.Peers.Count);
    }

    [Theory]
    [MemberData(nameof(GeneratedConsortium.Seeds), MemberType = typeof(GeneratedConsortium))]
    public async Task The_earlier_group_fallback_does_not_count_the_newcomers(int seed)
    {
        var random = new Random(seed);
        var topic = await fixture.OpenTopicAsync();
        var first = 6 + random.Next(0, 4);
        var newcomers = random.Next(1, K);
        // Newcomers the lead cannot name (named ones are counted at once: their rows say who they are).
        var members = await fixture.MembersAsync(first + newcomers, sharing: SharingPreferenceV1.Anonymous);
        await fixture.AcceptPctAsync(topic, [.. members.Take(first).Select(m => (m, (decimal)random.Next(0, 100)))]);
        var lead = fixture.LeadOf(members[0].Id);
        var before = await lead.CompareTargetAsync(ApiScenario.Compare(topic));

        await fixture.AcceptPctAsync(topic, [.. members.Skip(first).Select(m => (m, (decimal)random.Next(0, 100)))]);
        await fixture.StaffSeesAsync(topic, first + newcomers);
        var after = await lead.CompareTargetAsync(ApiScenario.Compare(topic));

        Assert.Equal(before.Figures, after.Figures);
        Assert.NotNull(after.EarlierGroup);
        Assert.Equal(0, after.EarlierGroup.LeftOutCount);
        Assert.DoesNotContain(newcomers.ToString(System.Globalization.CultureInfo.InvariantCulture) + " more", after.EarlierGroup.Explanation, StringComparison.Ordinal);
    }
}
