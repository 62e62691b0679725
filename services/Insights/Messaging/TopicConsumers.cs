using Consortium.Contracts.Events.Topics.V1;
using Consortium.Insights.Data;
using Consortium.Insights.Data.ReadModel;
using Consortium.Insights.Projections;
using Consortium.ServiceDefaults.Domain.Measures;
using Consortium.ServiceDefaults.Messaging;
using Consortium.ServiceDefaults.Vocabulary;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Insights.Messaging;

/// <summary>
/// A topic and its frozen targets. Publication happens once; values accepted before we knew the
/// targets are already in contributions and count from now on (a target's distribution is its
/// contributions), so only the targets' generations move.
/// </summary>
public sealed class TopicPublishedConsumer(InsightsDbContext db, TimeProvider time, IReadModelChanges changes)
    : ReadModelConsumer<TopicPublished>(db, time)
{
    protected override async Task HandleAsync(TopicPublished message, CancellationToken cancellationToken)
    {
        var topic = await Db.FindOrAddTopicAsync(message.TopicId, message.CycleId, cancellationToken);
        if (topic.IsPublished)
        {
            return;
        }

        topic.CycleId = message.CycleId;
        topic.Title = message.Title;
        topic.Description = message.Description;
        topic.FocusArea = message.FocusArea;
        topic.BenchmarkKinds = [.. message.BenchmarkKinds];
        topic.CarriedFromTopicId = message.CarriedFromTopicId;
        topic.PublishedAt = message.PublishedAt;
        Db.Targets.AddRange(message.Targets.Select((target, position) => ToRow(message, target, position)));
        changes.TopicChanged(message.TopicId);
        foreach (var target in message.Targets)
        {
            changes.TargetChanged(target.TargetId);
        }
    }

    private static TargetRow ToRow(TopicPublished topic, TargetDefinitionV1 target, int position) => new()
    {
        Id = target.TargetId,
        TopicId = topic.TopicId,
        CycleId = topic.CycleId,
        Code = target.Code,
        Name = target.Name,
        Definition = target.Definition,
        // Mapped by member name, checked: an undefined number is an error, never stored as something else (ADR 22).
        MeasureType = MeasureEventEnums.MeasureType.ToDomain(target.MeasureType),
        Unit = target.Unit,
        Currency = target.Currency,
        Direction = MeasureEventEnums.Direction.ToDomain(target.Direction),
        GoalValue = target.GoalValue,
        ScaleMin = target.ScaleMin,
        ScaleMax = target.ScaleMax,
        RubricLevels = [.. target.RubricLevels.Select(level => new RubricLevelValue { Rank = level.Rank, Label = level.Label })],
        Position = position,
    };
}

/// <summary>Retirement wins whatever the order: a retirement heard first leaves a placeholder the publication fills.</summary>
public sealed class TopicRetiredConsumer(InsightsDbContext db, TimeProvider time, IReadModelChanges changes)
    : ReadModelConsumer<TopicRetired>(db, time)
{
    protected override async Task HandleAsync(TopicRetired message, CancellationToken cancellationToken)
    {
        var topic = await Db.FindOrAddTopicAsync(message.TopicId, message.CycleId, cancellationToken);
        if (topic.RetiredAt is null)
        {
            topic.RetiredAt = message.RetiredAt;
            changes.TopicChanged(message.TopicId);
        }
    }
}

internal static class TopicLookup
{
    public static async Task<TopicRow> FindOrAddTopicAsync(this InsightsDbContext db, Guid topicId, Guid cycleId, CancellationToken cancellationToken)
    {
        var topic = await db.Topics.SingleOrDefaultAsync(t => t.Id == topicId, cancellationToken);
        if (topic is null)
        {
            topic = TopicRow.Placeholder(topicId, cycleId);
            db.Topics.Add(topic);
        }

        return topic;
    }
}
