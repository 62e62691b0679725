using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Submissions.V1;
using Consortium.Submissions.Domain;
using Consortium.Testing.Services;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Consortium.Submissions.Tests.Api;

/// <summary>
/// Events from Districts and Topics that arrive twice or out of order leave the service's
/// copies as the newest news says, through the real broker and consumers.
/// </summary>
public sealed class LocalCopiesTests(SubmissionsServiceFixture fixture) : IClassFixture<SubmissionsServiceFixture>
{
    [Fact]
    public async Task District_events_published_newest_first_and_twice_leave_the_newest_state()
    {
        var districtId = Guid.CreateVersion7();
        var joined = ContractEvents.DistrictJoined(districtId, 1, SharingPreferenceV1.Named, MembershipStatusV1.Active, "5399001");
        var suspended = ContractEvents.MembershipChanged(districtId, 2, MembershipStatusV1.Active, MembershipStatusV1.Suspended);
        var madePrivate = ContractEvents.SharingChanged(districtId, 3, SharingPreferenceV1.Private);

        // Newest first, then all again (the same events, as redeliveries).
        for (var round = 0; round < 2; round++)
        {
            await fixture.Publisher.PublishAsync(madePrivate);
            await fixture.Publisher.PublishAsync(suspended);
            await fixture.Publisher.PublishAsync(joined);
        }

        Guid[] eventIds = [joined.EventId, suspended.EventId, madePrivate.EventId];
        await fixture.WaitUntilAsync(
            async db => await db.Set<ServiceDefaults.Messaging.InboxMessage>().CountAsync(m => eventIds.Contains(m.MessageId)) == 3,
            "all three district events applied");
        // Give the redeliveries time to arrive; each must find its inbox record and change nothing.
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);

        var copy = await fixture.QueryAsync(db => db.Districts.AsNoTracking().SingleAsync(d => d.Id == districtId));
        Assert.Equal(
            ("District 5399001", MembershipStatus.Suspended, SharingPreference.Private),
            (copy.Name, copy.MembershipStatus, copy.SharingPreference));
    }

    [Fact]
    public async Task An_older_membership_event_arriving_late_does_not_reactivate_a_suspended_district()
    {
        var districtId = await fixture.JoinedDistrictAsync();
        await fixture.Publisher.PublishAsync(ContractEvents.MembershipChanged(districtId, 3, MembershipStatusV1.Active, MembershipStatusV1.Suspended));
        await fixture.WaitUntilAsync(db => db.Districts.AnyAsync(d => d.Id == districtId && d.MembershipVersion == 3), "suspension applied");

        var late = ContractEvents.MembershipChanged(districtId, 2, MembershipStatusV1.Suspended, MembershipStatusV1.Active);
        await fixture.Publisher.PublishAsync(late);
        await fixture.WaitUntilAsync(db => db.Set<ServiceDefaults.Messaging.InboxMessage>().AnyAsync(m => m.MessageId == late.EventId), "late event consumed");

        var copy = await fixture.QueryAsync(db => db.Districts.AsNoTracking().SingleAsync(d => d.Id == districtId));
        Assert.Equal((MembershipStatus.Suspended, 3), (copy.MembershipStatus, copy.MembershipVersion));
    }

    [Fact]
    public async Task A_topic_retired_before_its_publication_arrives_stays_retired()
    {
        var cycleId = Guid.CreateVersion7();
        var published = ContractEvents.StudentVoiceTopic(cycleId);
        var retired = ContractEvents.TopicRetired(published.TopicId, cycleId);

        await fixture.Publisher.PublishAsync(retired);
        await fixture.WaitUntilAsync(db => db.Topics.AnyAsync(t => t.Id == published.TopicId && t.IsRetired), "retirement applied");
        await fixture.Publisher.PublishAsync(published);
        await fixture.Publisher.PublishAsync(published);
        await fixture.WaitUntilAsync(db => db.Topics.AnyAsync(t => t.Id == published.TopicId && t.IsPublished), "publication applied");

        var copy = await fixture.QueryAsync(db => db.Topics.AsNoTracking().SingleAsync(t => t.Id == published.TopicId));
        Assert.True(copy.IsRetired);
        Assert.Equal(published.Targets.Select(t => t.Code), copy.Targets.Select(t => t.Code));
        var districtId = await fixture.JoinedDistrictAsync();
        await RpcAssert.RuleViolated(
            async () => await fixture.LeadOf(districtId).CreateSubmissionAsync(SubmissionsServiceFixture.NewDraft(districtId, published.TopicId)),
            SubmissionRules.TopicNotOpen);
    }

    [Fact]
    public async Task A_cycle_closed_before_its_opening_arrives_refuses_submissions()
    {
        var (districtId, topic, draft) = await fixture.DraftAsync();
        var cycleId = topic.CycleId;
        // The fixture opened the cycle at version 2; a close at 4 and a stale reopening at 3 follow, out of order.
        await fixture.Publisher.PublishAsync(ContractEvents.CycleClosed(cycleId, 4));
        await fixture.WaitUntilAsync(db => db.Cycles.AnyAsync(c => c.Id == cycleId && c.StatusVersion == 4), "close applied");
        var staleOpening = ContractEvents.CycleOpened(cycleId, 3, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        await fixture.Publisher.PublishAsync(staleOpening);
        await fixture.WaitUntilAsync(db => db.Set<ServiceDefaults.Messaging.InboxMessage>().AnyAsync(m => m.MessageId == staleOpening.EventId), "stale opening consumed");

        var copy = await fixture.QueryAsync(db => db.Cycles.AsNoTracking().SingleAsync(c => c.Id == cycleId));
        Assert.Equal(CycleStatus.Closed, copy.Status);
        await RpcAssert.RuleViolated(
            async () => await fixture.LeadOf(districtId).SubmitAsync(new SubmitRequest { SubmissionId = draft.SubmissionId }),
            SubmissionRules.WindowClosed);
    }
}
