using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Tests.Api;
using Consortium.Insights.Tests.Messaging;
using Consortium.Testing.Services;
using Xunit;

namespace Consortium.Insights.Tests.Adversarial;

/// <summary>
/// Attack 6 of issue 10: give-to-get bypass. A lead submits placeholder values, reads every
/// comparison while the submission waits for review, then withdraws it. Property: until staff
/// accept its own submission, no answer carries another district's value.
/// </summary>
public sealed class GiveToGetAttackTests(InsightsServiceFixture fixture) : IClassFixture<InsightsServiceFixture>
{
    [Theory]
    [MemberData(nameof(GeneratedConsortium.Seeds), MemberType = typeof(GeneratedConsortium))]
    public async Task Placeholders_submitted_then_withdrawn_read_nothing(int seed)
    {
        var consortium = await GeneratedConsortium.CreateAsync(fixture, seed, min: 7, max: 12);
        var curious = (await fixture.MembersAsync(1, state: consortium.State))[0];
        var lead = fixture.LeadOf(curious.Id);
        var placeholder = Guid.CreateVersion7();

        await fixture.PublishAndWaitAsync(ContractEvents.Submitted(placeholder, 2, curious.Id, consortium.Topic, ContractEvents.Answer(consortium.Topic, "PCT", 0m)));
        await AssertNothingReadAsync(lead, consortium);

        await fixture.PublishAndWaitAsync(ContractEvents.Withdrawn(placeholder, 3, curious.Id, consortium.Topic));
        await AssertNothingReadAsync(lead, consortium);
    }

    private static async Task AssertNothingReadAsync(InsightsService.InsightsServiceClient lead, GeneratedConsortium consortium)
    {
        await RpcAssert.RuleViolated(() => lead.CompareTargetAsync(ApiScenario.Compare(consortium.Topic)).ResponseAsync, "GIVE_TO_GET");
        await RpcAssert.RuleViolated(
            () => lead.FindWhomToLearnFromAsync(new FindWhomToLearnFromRequest { TopicId = consortium.Topic.TopicId.ToString() }).ResponseAsync, "GIVE_TO_GET");
        var trend = await lead.GetTrendAsync(new GetTrendRequest { TopicId = consortium.Topic.TopicId.ToString(), TargetCode = "PCT" });
        Assert.All(trend.Points, p => Assert.Equal(GroupMedian.OutcomeOneofCase.Suppression, p.Consortium.OutcomeCase));
    }
}
