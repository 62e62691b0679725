using Consortium.Contracts.Events.Topics.V1;
using Consortium.ServiceDefaults.Messaging;
using Consortium.Submissions.Data;
using Consortium.Submissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Submissions.Messaging;

/// <summary>Keeps <see cref="KnownTopic"/> in step with Topics: published once, and retirement wins whatever the order.</summary>
public sealed class TopicPublishedConsumer(SubmissionsDbContext db, TimeProvider time)
    : InboxConsumer<TopicPublished, SubmissionsDbContext>(db, time)
{
    protected override async Task HandleAsync(TopicPublished message, CancellationToken cancellationToken)
    {
        var topic = await Db.FindOrAddTopicAsync(message.TopicId, message.CycleId, cancellationToken);
        topic.ApplyPublished(
            message.Title,
            [.. message.BenchmarkKinds.Select(EventMapping.ToDomain)],
            [.. message.Targets.Select(EventMapping.ToDomain)]);
    }
}

public sealed class TopicRetiredConsumer(SubmissionsDbContext db, TimeProvider time)
    : InboxConsumer<TopicRetired, SubmissionsDbContext>(db, time)
{
    protected override async Task HandleAsync(TopicRetired message, CancellationToken cancellationToken)
    {
        var topic = await Db.FindOrAddTopicAsync(message.TopicId, message.CycleId, cancellationToken);
        topic.ApplyRetired();
    }
}

internal static class KnownTopicLookup
{
    public static async Task<KnownTopic> FindOrAddTopicAsync(this SubmissionsDbContext db, Guid topicId, Guid cycleId, CancellationToken cancellationToken)
    {
        var topic = await db.Topics.SingleOrDefaultAsync(t => t.Id == topicId, cancellationToken);
        if (topic is null)
        {
            topic = new KnownTopic(topicId, cycleId);
            db.Topics.Add(topic);
        }

        return topic;
    }
}
