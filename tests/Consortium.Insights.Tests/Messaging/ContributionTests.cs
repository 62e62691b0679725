using Consortium.Contracts.Events.Districts.V1;
using Consortium.Insights.Data;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Consortium.Insights.Tests.Messaging.ReadModelTests;

namespace Consortium.Insights.Tests.Messaging;

/// <summary>What counts in comparisons follows reviews and membership, and each change moves the cache generations.</summary>
public sealed class ContributionTests(InsightsServiceFixture fixture) : IClassFixture<InsightsServiceFixture>
{
    [Fact]
    public async Task A_return_after_acceptance_removes_the_values_and_updates_the_distribution()
    {
        var kept = await fixture.JoinDistrictAsync();
        var returned = await fixture.JoinDistrictAsync();
        var topic = await fixture.OpenTopicAsync();
        await fixture.AcceptAsync(kept.DistrictId, topic, values: ContractEvents.Answer(topic, "PCT", 20m));
        var accepted = await fixture.AcceptAsync(returned.DistrictId, topic, version: 3, values: ContractEvents.Answer(topic, "PCT", 80m));
        var before = await fixture.DistributionAsync(Target(topic, "PCT"));
        Assert.Equal([20m, 80m], before!.SortedValues);
        var generation = await fixture.Generations.GetAsync(CacheGenerations.Target(Target(topic, "PCT")));

        await fixture.PublishAndWaitAsync(ContractEvents.Returned(accepted.SubmissionId, 4, returned.DistrictId, topic));

        Assert.False(await fixture.QueryAsync(db => db.Contributions.AnyAsync(c => c.DistrictId == returned.DistrictId)));
        var after = await fixture.DistributionAsync(Target(topic, "PCT"));
        Assert.Equal([20m], after!.SortedValues);
        Assert.Equal(1, after.DistrictCount);
        Assert.Equal(generation + 1, await fixture.Generations.GetAsync(CacheGenerations.Target(Target(topic, "PCT"))));

        // The acceptance delivered again late (an older version) does not bring the value back.
        await fixture.PublishAndWaitAsync(accepted with { EventId = Guid.CreateVersion7() });
        Assert.Equal([20m], (await fixture.DistributionAsync(Target(topic, "PCT")))!.SortedValues);
    }

    [Fact]
    public async Task A_withdrawn_member_leaves_every_distribution_and_comes_back_when_reinstated()
    {
        var staying = await fixture.JoinDistrictAsync();
        var leaving = await fixture.JoinDistrictAsync();
        var topic = await fixture.OpenTopicAsync();
        await fixture.AcceptAsync(staying.DistrictId, topic, values: [ContractEvents.Answer(topic, "PCT", 10m), ContractEvents.Answer(topic, "POLICY", false)]);
        await fixture.AcceptAsync(leaving.DistrictId, topic, values: [ContractEvents.Answer(topic, "PCT", 50m), ContractEvents.Answer(topic, "POLICY", true)]);

        await fixture.PublishAndWaitAsync(ContractEvents.MembershipChanged(leaving.DistrictId, 2, MembershipStatusV1.Active, MembershipStatusV1.Withdrawn));

        Assert.Equal([10m], (await fixture.DistributionAsync(Target(topic, "PCT")))!.SortedValues);
        var policy = await fixture.DistributionAsync(Target(topic, "POLICY"));
        Assert.Equal((1, 0), (policy!.DistrictCount, policy.YesCount));
        // Its values are kept: a reinstated member counts again without resubmitting.
        Assert.Equal(2, await fixture.QueryAsync(db => db.Contributions.CountAsync(c => c.DistrictId == leaving.DistrictId)));

        await fixture.PublishAndWaitAsync(ContractEvents.MembershipChanged(leaving.DistrictId, 3, MembershipStatusV1.Withdrawn, MembershipStatusV1.Active));

        Assert.Equal([10m, 50m], (await fixture.DistributionAsync(Target(topic, "PCT")))!.SortedValues);
    }

    [Fact]
    public async Task A_suspended_member_still_counts()
    {
        var district = await fixture.JoinDistrictAsync();
        var topic = await fixture.OpenTopicAsync();
        await fixture.AcceptAsync(district.DistrictId, topic, values: ContractEvents.Answer(topic, "PCT", 33m));

        await fixture.PublishAndWaitAsync(ContractEvents.MembershipChanged(district.DistrictId, 2, MembershipStatusV1.Active, MembershipStatusV1.Suspended));

        Assert.Equal([33m], (await fixture.DistributionAsync(Target(topic, "PCT")))!.SortedValues);
    }

    [Fact]
    public async Task An_accepted_submission_moves_the_generation_of_its_targets_and_topic()
    {
        var district = await fixture.JoinDistrictAsync();
        var topic = await fixture.OpenTopicAsync();
        var target = CacheGenerations.Target(Target(topic, "PCT"));
        var topicScope = CacheGenerations.Topic(topic.TopicId);
        var untouched = CacheGenerations.Target(Target(topic, "STAGE"));
        var before = await fixture.Generations.GetManyAsync(target, topicScope, untouched);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await fixture.PublishAsync(ContractEvents.Accepted(Guid.CreateVersion7(), 3, district.DistrictId, topic, values: ContractEvents.Answer(topic, "PCT", 45m)));

        await InsightsServiceFixture.WaitUntilAsync(
            async () => (await fixture.Generations.GetManyAsync(target, topicScope)) is [var t, var p] && t > before[0] && p > before[1],
            "the target's and topic's generations moved");
        TestContext.Current.TestOutputHelper?.WriteLine($"published to generations moved: {clock.ElapsedMilliseconds} ms");
        Assert.Equal([45m], (await fixture.DistributionAsync(Target(topic, "PCT")))!.SortedValues);
        Assert.Equal(before[2], await fixture.Generations.GetAsync(untouched));
    }

    [Fact]
    public async Task District_events_move_the_districts_generation()
    {
        var before = await fixture.Generations.GetAsync(CacheGenerations.Districts);

        await fixture.JoinDistrictAsync();

        await InsightsServiceFixture.WaitUntilAsync(
            async () => await fixture.Generations.GetAsync(CacheGenerations.Districts) > before, "the districts generation moved");
    }
}
