using Consortium.Contracts.Events.Districts.V1;
using Consortium.Insights.Data;
using Consortium.Insights.Data.ReadModel;
using Consortium.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Consortium.Insights.Tests.Messaging.ReadModelTests;

namespace Consortium.Insights.Tests.Messaging;

/// <summary>Events that arrive twice or out of order leave the read model as the newest news says.</summary>
public sealed class OrderingTests(InsightsServiceFixture fixture) : IClassFixture<InsightsServiceFixture>
{
    [Fact]
    public async Task A_redelivered_event_has_one_effect()
    {
        var district = await fixture.JoinDistrictAsync();
        var topic = await fixture.OpenTopicAsync();
        var accepted = ContractEvents.Accepted(Guid.CreateVersion7(), 3, district.DistrictId, topic, values: ContractEvents.Answer(topic, "PCT", 55m));
        var published = await fixture.DistributionAsync(Target(topic, "PCT"));
        Assert.Equal(0, published!.DistrictCount);
        var generation = await fixture.Generations.GetAsync(CacheGenerations.Target(Target(topic, "PCT")));

        // The same event (same EventId) twice, as the broker redelivers it.
        await fixture.PublishAndWaitAsync(accepted, accepted);

        Assert.Equal(1, await fixture.QueryAsync(db => db.Set<InboxMessage>().CountAsync(m => m.MessageId == accepted.EventId)));
        var distribution = await fixture.DistributionAsync(Target(topic, "PCT"));
        Assert.Equal(1, distribution!.DistrictCount);
        // The cache moved. A redelivery in a later batch cannot tell whether the first delivery's
        // moves were made, so it makes them again (ADR 32): one more cache miss, never a second
        // effect. In the same batch as the first, it is known applied with it.
        Assert.InRange(await fixture.Generations.GetAsync(CacheGenerations.Target(Target(topic, "PCT"))), generation + 1, generation + 2);
        Assert.Equal([55m], distribution.SortedValues);
    }

    [Fact]
    public async Task District_events_newest_first_leave_every_part_at_its_newest()
    {
        var districtId = Guid.CreateVersion7();
        var joined = ContractEvents.DistrictJoined(districtId, version: 1, SharingPreferenceV1.Named, MembershipStatusV1.Active);
        var renamed = ContractEvents.DetailsUpdated(districtId, 2, "Lake Washington SD");
        var suspended = ContractEvents.MembershipChanged(districtId, 3, MembershipStatusV1.Active, MembershipStatusV1.Suspended);
        var anonymous = ContractEvents.SharingChanged(districtId, 4, SharingPreferenceV1.Anonymous);

        foreach (var integrationEvent in new Contracts.Events.IntegrationEvent[] { anonymous, suspended, renamed, joined })
        {
            await fixture.PublishAndWaitAsync(integrationEvent);
        }

        var row = await fixture.QueryAsync(db => db.Districts.AsNoTracking().SingleAsync(d => d.Id == districtId));
        Assert.Equal(
            (true, "Lake Washington SD", MembershipStatusV1.Suspended, SharingPreferenceV1.Anonymous, 4),
            (row.Joined, row.Name, row.MembershipStatus, row.SharingPreference, row.DistrictVersion));
    }

    [Fact]
    public async Task An_older_submission_event_after_a_newer_one_changes_nothing()
    {
        var district = await fixture.JoinDistrictAsync();
        var topic = await fixture.OpenTopicAsync();
        var submissionId = Guid.CreateVersion7();
        await fixture.AcceptAsync(district.DistrictId, topic, submissionId, version: 3, values: ContractEvents.Answer(topic, "PCT", 70m));

        // The submission as it was before acceptance, delivered late.
        await fixture.PublishAndWaitAsync(ContractEvents.Submitted(submissionId, 2, district.DistrictId, topic, ContractEvents.Answer(topic, "PCT", 10m)));

        var submission = await fixture.QueryAsync(db => db.Submissions.AsNoTracking().SingleAsync(s => s.Id == submissionId));
        Assert.Equal((SubmissionState.Accepted, 3), (submission.Status, submission.SubmissionVersion));
        Assert.Equal([70m], (await fixture.DistributionAsync(Target(topic, "PCT")))!.SortedValues);
    }

    [Fact]
    public async Task A_submission_accepted_before_its_district_joined_counts_once_the_district_joins()
    {
        var member = await fixture.JoinDistrictAsync();
        var topic = await fixture.OpenTopicAsync();
        await fixture.AcceptAsync(member.DistrictId, topic, values: ContractEvents.Answer(topic, "PCT", 30m));
        var newcomer = ContractEvents.DistrictJoined(Guid.CreateVersion7());

        await fixture.AcceptAsync(newcomer.DistrictId, topic, values: ContractEvents.Answer(topic, "PCT", 90m));

        var placeholder = await fixture.QueryAsync(db => db.Districts.AsNoTracking().SingleAsync(d => d.Id == newcomer.DistrictId));
        Assert.False(placeholder.Joined);
        Assert.Equal(2, await fixture.QueryAsync(db => db.Contributions.CountAsync(c => c.TopicId == topic.TopicId)));
        Assert.Equal([30m], (await fixture.DistributionAsync(Target(topic, "PCT")))!.SortedValues);

        await fixture.PublishAndWaitAsync(newcomer);

        var district = await fixture.QueryAsync(db => db.Districts.AsNoTracking().SingleAsync(d => d.Id == newcomer.DistrictId));
        Assert.Equal((true, newcomer.Name), (district.Joined, district.Name));
        Assert.Equal([30m, 90m], (await fixture.DistributionAsync(Target(topic, "PCT")))!.SortedValues);
    }

    [Fact]
    public async Task Values_accepted_before_their_topic_was_published_are_distributed_when_it_is()
    {
        var first = await fixture.JoinDistrictAsync();
        var second = await fixture.JoinDistrictAsync();
        var cycle = ContractEvents.CycleOpened(Guid.CreateVersion7());
        var topic = ContractEvents.Topic(cycle.CycleId);

        await fixture.AcceptAsync(first.DistrictId, topic, values: [ContractEvents.Answer(topic, "STAGE", 2), ContractEvents.Answer(topic, "POLICY", true)]);
        await fixture.AcceptAsync(second.DistrictId, topic, values: [ContractEvents.Answer(topic, "STAGE", 3), ContractEvents.Answer(topic, "POLICY", true)]);
        Assert.Equal(4, await fixture.QueryAsync(db => db.Contributions.CountAsync(c => c.TopicId == topic.TopicId)));
        Assert.Null(await fixture.DistributionAsync(Target(topic, "STAGE")));

        await fixture.PublishAndWaitAsync(cycle, topic);

        var stage = await fixture.DistributionAsync(Target(topic, "STAGE"));
        Assert.Equal((Consortium.ServiceDefaults.Domain.Measures.MeasureType.Rubric, 2), (stage!.MeasureType, stage.DistrictCount));
        Assert.Equal([2m, 3m], stage.SortedValues);
        Assert.Equal(2, (await fixture.DistributionAsync(Target(topic, "POLICY")))!.YesCount);
    }
}
