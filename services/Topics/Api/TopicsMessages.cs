using Consortium.ServiceDefaults.Domain.Measures;
using Consortium.ServiceDefaults.Grpc;
using Consortium.Topics.Domain;
using Proto = Consortium.Contracts.Topics.V1;

namespace Consortium.Topics.Api;

/// <summary>Domain → API messages.</summary>
internal static class TopicsMessages
{
    public static Proto.Cycle ToProto(this Cycle cycle) => new()
    {
        CycleId = cycle.Id.ToString(),
        SchoolYear = cycle.SchoolYear.ToString(),
        Half = ContractEnums.Half.ToContract(cycle.Half),
        Name = cycle.Name,
        MeetingDate = cycle.MeetingDate?.ToProto(),
        SubmissionOpensAt = cycle.SubmissionOpensAt.ToProto(),
        SubmissionClosesAt = cycle.SubmissionClosesAt.ToProto(),
        Status = ContractEnums.CycleStatus.ToContract(cycle.Status),
        ResultsPublishedAt = cycle.ResultsPublishedAt?.ToProto(),
        Version = cycle.Version,
        CreateTime = cycle.CreatedAt.ToProto(),
        UpdateTime = cycle.UpdatedAt.ToProto(),
    };

    public static Proto.Topic ToProto(this Topic topic)
    {
        var message = new Proto.Topic
        {
            TopicId = topic.Id.ToString(),
            CycleId = topic.CycleId.ToString(),
            Title = topic.Title,
            Description = topic.Description,
            FocusArea = topic.FocusArea,
            WhyItMatters = topic.WhyItMatters ?? string.Empty,
            Status = ContractEnums.TopicStatus.ToContract(topic.Status),
            CarriedFromTopicId = topic.CarriedFromTopicId?.ToString() ?? string.Empty,
            Version = topic.Version,
            PublishTime = topic.PublishedAt?.ToProto(),
            RetireTime = topic.RetiredAt?.ToProto(),
            CreateTime = topic.CreatedAt.ToProto(),
            UpdateTime = topic.UpdatedAt.ToProto(),
        };
        message.BenchmarkKinds.AddRange(topic.BenchmarkKinds.Select(ContractEnums.BenchmarkKind.ToContract));
        message.Targets.AddRange(topic.Targets.Select(ToProto));
        return message;
    }

    public static Proto.Target ToProto(this Target target)
    {
        var definition = new Proto.TargetDefinition
        {
            Code = target.Code,
            Name = target.Name,
            Definition = target.Definition,
            Inclusions = target.Inclusions ?? string.Empty,
            Exclusions = target.Exclusions ?? string.Empty,
            MeasureType = ContractEnums.MeasureType.ToContract(target.MeasureType),
            Unit = target.Unit ?? string.Empty,
            Currency = target.Currency ?? string.Empty,
            ScaleMin = target.ScaleMin?.ToProto(),
            ScaleMax = target.ScaleMax?.ToProto(),
            Direction = ContractEnums.Direction.ToContract(target.Direction),
            Required = target.Required,
            GoalValue = target.GoalValue?.ToProto(),
            PartOfTargetCode = target.PartOfTargetCode ?? string.Empty,
        };
        definition.ScaleLabels.AddRange(target.ScaleLabels.Select(label => new Proto.ScaleLabel { Value = label.Value.ToProto(), Label = label.Label }));
        definition.RubricLevels.AddRange(target.RubricLevels.Select(level => new Proto.RubricLevel { Rank = level.Rank, Label = level.Label, Descriptor_ = level.Descriptor }));
        return new Proto.Target { TargetId = target.TargetId.ToString(), Definition = definition };
    }
}
