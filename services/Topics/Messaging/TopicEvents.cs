using Consortium.Contracts.Events.Topics.V1;
using Consortium.ServiceDefaults.Domain.Measures;
using Consortium.ServiceDefaults.Vocabulary;
using Consortium.Topics.Domain;

namespace Consortium.Topics.Messaging;

/// <summary>
/// The topic events Topics publishes. <see cref="TopicPublished"/> carries the full, frozen
/// target definitions, so consumers validate and compare values without asking Topics.
/// </summary>
internal static class TopicEvents
{
    public static TopicPublished Published(Topic topic, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        TopicId = topic.Id,
        CycleId = topic.CycleId,
        Title = topic.Title,
        Description = topic.Description,
        FocusArea = topic.FocusArea,
        BenchmarkKinds = [.. topic.BenchmarkKinds.Select(EventEnums.BenchmarkKind.ToContract)],
        Targets = [.. topic.Targets.Select(ToEvent)],
        CarriedFromTopicId = topic.CarriedFromTopicId,
        PublishedAt = topic.PublishedAt ?? now,
    };

    public static TopicRetired Retired(Topic topic, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        TopicId = topic.Id,
        CycleId = topic.CycleId,
        RetiredAt = topic.RetiredAt ?? now,
    };

    private static TargetDefinitionV1 ToEvent(Target target) => new()
    {
        TargetId = target.TargetId,
        Code = target.Code,
        Name = target.Name,
        Definition = target.Definition,
        Inclusions = target.Inclusions,
        Exclusions = target.Exclusions,
        MeasureType = MeasureEventEnums.MeasureType.ToContract(target.MeasureType),
        Unit = target.Unit,
        Currency = target.Currency,
        ScaleMin = target.ScaleMin,
        ScaleMax = target.ScaleMax,
        ScaleLabels = [.. target.ScaleLabels.Select(label => new ScaleLabelV1 { Value = label.Value, Label = label.Label })],
        RubricLevels = [.. target.RubricLevels.Select(level => new RubricLevelV1 { Rank = level.Rank, Label = level.Label, Descriptor = level.Descriptor })],
        Direction = MeasureEventEnums.Direction.ToContract(target.Direction),
        Required = target.Required,
        GoalValue = target.GoalValue,
        PartOfTargetCode = target.PartOfTargetCode,
    };
}
