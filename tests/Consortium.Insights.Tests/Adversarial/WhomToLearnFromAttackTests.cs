using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Contracts.Events.Topics.V1;
using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Tests.Api;
using Consortium.Insights.Tests.Messaging;
using Xunit;

namespace Consortium.Insights.Tests.Adversarial;

/// <summary>
/// Attack 4 of issue 10: a district that shares by name submits one kind of work privately and a
/// newer one of another kind by name; whom-to-learn-from showed the private submission's values
/// under its name. Property: no value shown beside a district's name is one it gave privately.
/// </summary>
public sealed class WhomToLearnFromAttackTests(InsightsServiceFixture fixture) : IClassFixture<InsightsServiceFixture>
{
    [Theory]
    [MemberData(nameof(GeneratedConsortium.Seeds), MemberType = typeof(GeneratedConsortium))]
    public async Task No_value_beside_a_name_comes_from_a_private_submission(int seed)
    {
        var random = new Random(seed);
        var topic = await fixture.OpenTopicAsync();
        // Same distinctive context for both, so each is the other's nearest peer whatever else the database holds.
        var enrollment = 2_000 + (seed * 7_919);
        var members = await fixture.MembersAsync(2, enrollment: enrollment);
        var (attacker, target) = (members[0], members[1]);
        var privateValue = 50m + (random.Next(1, 500) / 10m);

        await fixture.AcceptAsync(attacker.Id, topic, values: ContractEvents.Answer(topic, "PCT", 10m));
        // Older and private: the value a curious lead would like to read.
        await fixture.PublishAndWaitAsync(ContractEvents.Accepted(Guid.CreateVersion7(), 3, target.Id, topic, VisibilityV1.Private, ContractEvents.Answer(topic, "PCT", privateValue)));
        // Newer and named, of another kind, further along (so the district is listed).
        await fixture.PublishAndWaitAsync(ContractEvents.Accepted(Guid.CreateVersion7(), 3, target.Id, topic, VisibilityV1.Named, ContractEvents.Answer(topic, "STAGE", 3))
            with
        { Kind = BenchmarkKindV1.Policy, OccurredAt = DateTimeOffset.UtcNow.AddSeconds(1) });

        var answer = await fixture.LeadOf(attacker.Id).FindWhomToLearnFromAsync(new FindWhomToLearnFromRequest { TopicId = topic.TopicId.ToString(), PeerCount = 1 });

        var listed = answer.Districts.Where(d => d.DistrictId == target.Id.ToString()).ToList();
        Assert.All(listed, d => Assert.DoesNotContain(d.BetterValues, b => b.TargetCode == "PCT" || b.Value.Number() == privateValue));
    }
}
