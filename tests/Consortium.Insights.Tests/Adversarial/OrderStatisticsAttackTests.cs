using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Tests.Api;
using Consortium.Insights.Tests.Messaging;
using Xunit;

namespace Consortium.Insights.Tests.Adversarial;

/// <summary>
/// Attack 1 of issue 10: order statistics at the floor. In a group of k districts (the caller
/// included) the minimum, quartiles, median and maximum are the sorted values themselves, so the
/// caller read four other districts' exact values, private ones included. Property: no exact
/// order statistic the caller receives is a private value of a group with fewer than k private
/// districts besides the caller (with k or more, one such value is hidden among them).
/// </summary>
public sealed class OrderStatisticsAttackTests(InsightsServiceFixture fixture) : IClassFixture<InsightsServiceFixture>
{
    private const int K = 5;

    [Theory]
    [MemberData(nameof(GeneratedConsortium.Seeds), MemberType = typeof(GeneratedConsortium))]
    public async Task No_order_statistic_is_a_private_districts_value(int seed)
    {
        // Half the seeds at exactly k districts (the attack as reported), half a little larger.
        var consortium = await GeneratedConsortium.CreateAsync(fixture, seed, size: seed % 2 == 0 ? K : null, min: K, max: 9, privateOthers: 1 + (seed % 3));
        var lead = fixture.LeadOf(consortium.Attacker.Id);

        CompareTargetResponse[] answers =
        [
            await lead.CompareTargetAsync(ApiScenario.Compare(consortium.Topic)),
            await lead.CompareTargetAsync(ApiScenario.Compare(consortium.Topic, scope: ApiScenario.InState(consortium.State))),
        ];

        var privates = consortium.Others.Where(m => m.Sharing == Contracts.Events.Districts.V1.SharingPreferenceV1.Private).ToList();
        Assert.InRange(privates.Count, 1, K - 1); // fewer than k: none may be read off a statistic
        foreach (var answer in answers)
        {
            decimal[] known = [consortium.Attacker.Value, .. Attacker.ShownValues(answer)];
            var recovered = Attacker.RecoveredHiddenValues(answer, known);
            Assert.DoesNotContain(recovered, value => privates.Any(p => p.Value == value));
        }
    }

    [Theory]
    [MemberData(nameof(GeneratedConsortium.Seeds), MemberType = typeof(GeneratedConsortium))]
    public async Task No_context_median_over_fewer_than_k_others_is_a_neighbours_value(int seed)
    {
        // Context values are never shown individually: every other district's is hidden.
        var random = new Random(seed);
        // The asker smallest of all, so its nearest peers are all larger and no median is its own;
        // k more beyond its four nearest, so that "all members" and "peers" may both be answered.
        int[] enrollments = [100, .. Enumerable.Range(0, (2 * K) - 1).Select(_ => random.Next(500, 90_000))];
        var events = new List<Contracts.Events.IntegrationEvent>();
        var ids = new List<Guid>();
        foreach (var enrollment in enrollments)
        {
            var joined = ContractEvents.DistrictJoined(Guid.CreateVersion7());
            events.AddRange([joined, ContractEvents.ProfileUpdated(joined.DistrictId, enrollment: enrollment)]);
            ids.Add(joined.DistrictId);
        }

        await fixture.PublishAndWaitAsync([.. events]);

        var answer = await fixture.LeadOf(ids[0]).CompareContextAsync(new CompareContextRequest { PeerCount = K - 1 });

        // A median over an odd count is one district's value: unless it is its own, over fewer than
        // k others it is a neighbour's exact value (whoever the others are).
        var compared = answer.Comparisons.Single(c => c.Code == "enrollment");
        var peers = compared.Peers;
        var shown = peers.OutcomeCase == GroupMedian.OutcomeOneofCase.Median;
        Assert.False(
            shown && answer.PeerCount < K && Attacker.MedianIsOneValue(peers.DistrictCount) && peers.Median.Number() != compared.Value.Number(),
            $"The median {peers.Median?.Value} of {peers.DistrictCount} values is a neighbour's enrollment.");
    }
}
