using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Insights.Tests.Api;
using Consortium.Insights.Tests.Messaging;
using Xunit;

namespace Consortium.Insights.Tests.Adversarial;

/// <summary>
/// Issue 10, "answers bound to a version of the data": the lead asks for all members' figures,
/// a district that keeps its value private revises it, and the lead asks for the same group
/// again. Same districts, so a guard that counts districts answers again — and n·(mean₂ − mean₁)
/// is the private value's change. Property: over generated values, the change of a private value
/// is never confined to an interval narrower than the policy's tolerance.
/// </summary>
public sealed class RevisedValueAttackTests(InsightsServiceFixture fixture) : IClassFixture<InsightsServiceFixture>
{
    [Theory]
    [MemberData(nameof(GeneratedConsortium.Seeds), MemberType = typeof(GeneratedConsortium))]
    public async Task Asking_again_after_a_private_value_was_revised_does_not_pin_its_change(int seed)
    {
        // Small values: a mean rounded to three significant digits is then exact to 0.005.
        var random = new Random(seed);
        SharingPreferenceV1[] sharing = [SharingPreferenceV1.Named, .. Enumerable.Repeat(SharingPreferenceV1.Private, 5), .. Enumerable.Repeat(SharingPreferenceV1.Named, 5)];
        var topic = await fixture.OpenTopicAsync();
        var members = await fixture.MembersAsync(sharing.Length, sharing: sharing);
        var submissions = members.Select(_ => Guid.CreateVersion7()).ToArray();
        decimal NextValue() => random.Next(0, 100) / 10m;
        await fixture.PublishAndWaitAsync([.. members.Select((m, i) => (Contracts.Events.IntegrationEvent)ContractEvents.Accepted(
            submissions[i], 3, m.Id, topic, (VisibilityV1)(int)m.Sharing, ContractEvents.Answer(topic, "PCT", NextValue())))]);
        var lead = fixture.LeadOf(members[0].Id);
        var before = await lead.CompareTargetAsync(ApiScenario.Compare(topic));

        // The first private district revises its value (returned, corrected, accepted again).
        var revised = NextValue() + 10m;
        await fixture.PublishAndWaitAsync(ContractEvents.Accepted(
            submissions[1], 6, members[1].Id, topic, VisibilityV1.Private, ContractEvents.Answer(topic, "PCT", revised)));
        await fixture.WaitUntilAsync(
            async db => await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(
                db.Contributions, c => c.DistrictId == members[1].Id && c.Value == revised),
            "the revised value is applied");
        var after = await lead.CompareTargetAsync(ApiScenario.Compare(topic));

        Assert.NotNull(before.Figures?.Numeric?.Mean); // the first answer is a real one: the attack has something to work with
        if (Attacker.ChangeBetween(before, after) is { } change)
        {
            Assert.True(
                change.High - change.Low >= Attacker.Tolerance,
                $"The private value's change is pinned to [{Attacker.Show(change.Low)}, {Attacker.Show(change.High)}].");
        }
    }
}
