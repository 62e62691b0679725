using Consortium.Contracts.Topics.V1;
using Consortium.DemoLoader.Model;

namespace Consortium.DemoLoader.Loading;

/// <summary>A topic of the data file as the Topics service takes it.</summary>
internal static class TopicRequests
{
    public static CreateTopicRequest Create(DemoTopic topic, IReadOnlyList<DemoRubric> rubrics, string cycleId)
    {
        var request = new CreateTopicRequest
        {
            // Per cycle and topic, so a load that stopped halfway through setting up a cycle can finish it.
            RequestId = $"demo-topic-{cycleId}-{topic.Targets[0].Code}",
            CycleId = cycleId,
            Title = topic.Title,
            FocusArea = topic.FocusArea,
            Description = topic.Description,
            WhyItMatters = topic.WhyItMatters,
        };
        request.BenchmarkKinds.AddRange(topic.BenchmarkKinds);
        request.Targets.AddRange(topic.Targets.Select(target => Target(target, rubrics)));
        return request;
    }

    private static TargetDefinition Target(DemoTarget target, IReadOnlyList<DemoRubric> rubrics)
    {
        var definition = new TargetDefinition
        {
            Code = target.Code,
            Name = target.Name,
            Definition = target.Definition,
            MeasureType = target.MeasureType,
            Direction = target.Direction,
            Required = target.Required,
            Unit = target.Unit ?? string.Empty,
            Currency = target.Currency ?? string.Empty,
            PartOfTargetCode = target.PartOf ?? string.Empty,
            GoalValue = ProtoValues.Decimal(target.Goal),
        };

        if (target.Scale is { } scale)
        {
            definition.ScaleMin = ProtoValues.Decimal(scale.Min);
            definition.ScaleMax = ProtoValues.Decimal(scale.Max);
            definition.ScaleLabels.AddRange(scale.Labels.Select(label => new ScaleLabel { Value = ProtoValues.Decimal(label.Value), Label = label.Label }));
        }

        if (target.Rubric is { } code)
        {
            definition.RubricLevels.AddRange(rubrics.Single(rubric => rubric.Code == code).Levels
                .Select(level => new RubricLevel { Rank = level.Rank, Label = level.Label, Descriptor_ = level.Descriptor }));
        }

        return definition;
    }
}
