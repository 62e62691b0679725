using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Events.Pipeline.V1;
using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Tests.Api;
using Consortium.Insights.Tests.Messaging;
using Xunit;

namespace Consortium.Insights.Tests.Adversarial;

/// <summary>
/// Attack 5 of issue 10: bench strength over time. Read before and after one district joins or
/// leaves, the difference was that district's leaders by stage and readiness; read before and
/// after one member promotes a leader or covers a role, the difference was that change. Property:
/// a change of membership, or of pipelines, by fewer than k districts changes no bench figure;
/// k of them do.
/// </summary>
public sealed class BenchStrengthAttackTests(InsightsServiceFixture fixture) : IClassFixture<InsightsServiceFixture>
{
    private const int K = 5;

    [Theory]
    [MemberData(nameof(GeneratedConsortium.Seeds), MemberType = typeof(GeneratedConsortium))]
    public async Task One_district_joining_or_leaving_is_not_its_leaders_by_difference(int seed)
    {
        var random = new Random(seed);
        var lead = fixture.LeadOf((await WithLeadersAsync(random, K + 2))[0]);
        var before = await lead.GetBenchStrengthAsync(new GetBenchStrengthRequest());

        var joiner = (await WithLeadersAsync(random, 1))[0];
        var afterJoin = await lead.GetBenchStrengthAsync(new GetBenchStrengthRequest());
        await fixture.PublishAndWaitAsync(ContractEvents.MembershipChanged(joiner, 2, MembershipStatusV1.Active, MembershipStatusV1.Withdrawn));
        var afterLeave = await lead.GetBenchStrengthAsync(new GetBenchStrengthRequest());

        Assert.Equal(before, afterJoin);
        Assert.Equal(before, afterLeave);
    }

    [Fact]
    public async Task K_districts_joining_together_are_counted()
    {
        var random = new Random(42);
        var lead = fixture.LeadOf((await WithLeadersAsync(random, K + 1))[0]);
        var before = await lead.GetBenchStrengthAsync(new GetBenchStrengthRequest());

        await WithLeadersAsync(random, K, stage: PipelineStageV1.Established);
        var after = await lead.GetBenchStrengthAsync(new GetBenchStrengthRequest());

        Assert.NotEqual(before, after);
    }

    [Theory]
    [MemberData(nameof(GeneratedConsortium.Seeds), MemberType = typeof(GeneratedConsortium))]
    public async Task Fewer_than_k_districts_changing_their_pipelines_change_no_figure(int seed)
    {
        var random = new Random(seed);
        var members = await WithLeadersAsync(random, K + 2);
        var lead = fixture.LeadOf(members[0]);
        var before = await lead.GetBenchStrengthAsync(new GetBenchStrengthRequest());

        // Each of k − 1 members in turn: a new established leader, ready now, and a covered role.
        foreach (var member in members.Skip(1).Take(K - 1))
        {
            await ChangePipelineAsync(member);
            Assert.Equal(before, await lead.GetBenchStrengthAsync(new GetBenchStrengthRequest()));
        }

        // Staff, who see every district's data anyway, get the figures as they are now.
        Assert.NotEqual(before.ByStage, (await fixture.Staff().GetBenchStrengthAsync(new GetBenchStrengthRequest())).ByStage);

        await ChangePipelineAsync(members[K]);
        var after = await lead.GetBenchStrengthAsync(new GetBenchStrengthRequest());

        Assert.NotEqual(before.ByStage, after.ByStage);
        Assert.True(after.FiguresAsOf.ToDateTimeOffset() > before.FiguresAsOf.ToDateTimeOffset());
    }

    private Task ChangePipelineAsync(Guid member)
    {
        var leader = Guid.CreateVersion7();
        return fixture.PublishAndWaitAsync(
            ContractEvents.LeaderEnrolled(leader, member, stage: PipelineStageV1.Established),
            ContractEvents.ReadinessAssessed(leader, member, 2, "superintendent", ReadinessLevelV1.ReadyNow),
            ContractEvents.CoverageChanged(member, 1, critical: 3, covered: 1));
    }

    // Members with one to four leaders each, at random stages unless given.
    private async Task<List<Guid>> WithLeadersAsync(Random random, int count, PipelineStageV1? stage = null)
    {
        var members = await fixture.MembersAsync(count);
        var events = new List<Contracts.Events.IntegrationEvent>();
        foreach (var member in members)
        {
            for (var i = random.Next(1, 5); i > 0; i--)
            {
                var leader = Guid.CreateVersion7();
                events.Add(ContractEvents.LeaderEnrolled(leader, member.Id, stage: stage ?? (PipelineStageV1)random.Next(1, 5)));
                events.Add(ContractEvents.ReadinessAssessed(leader, member.Id, 2, "principal", (ReadinessLevelV1)random.Next(1, 4)));
            }
        }

        await fixture.PublishAndWaitAsync([.. events]);
        return [.. members.Select(m => m.Id)];
    }
}
