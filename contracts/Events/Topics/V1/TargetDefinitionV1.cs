namespace Consortium.Contracts.Events.Topics.V1;

/// <summary>
/// Everything a consumer needs to validate, compare and display values of one target (measure).
/// Frozen once its topic is published; a changed definition is a new topic version.
/// </summary>
public sealed record TargetDefinitionV1
{
    public required Guid TargetId { get; init; }

    /// <summary>Stable code, unique within the topic and kept when a topic is carried forward (e.g. <c>SV-COURSE-DESIGN</c>).</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string Definition { get; init; }

    public string? Inclusions { get; init; }

    public string? Exclusions { get; init; }

    public required MeasureTypeV1 MeasureType { get; init; }

    /// <summary>Unit shown with values, e.g. "students per counselor"; optional.</summary>
    public string? Unit { get; init; }

    /// <summary>ISO 4217 code, for <see cref="MeasureTypeV1.Amount"/> only.</summary>
    public string? Currency { get; init; }

    /// <summary>Lowest value, for <see cref="MeasureTypeV1.Scale"/> only.</summary>
    public decimal? ScaleMin { get; init; }

    /// <summary>Highest value, for <see cref="MeasureTypeV1.Scale"/> only.</summary>
    public decimal? ScaleMax { get; init; }

    /// <summary>Labels of scale points, for <see cref="MeasureTypeV1.Scale"/>; optional.</summary>
    public IReadOnlyList<ScaleLabelV1> ScaleLabels { get; init; } = [];

    /// <summary>The ordered levels, lowest first, for <see cref="MeasureTypeV1.Rubric"/> only.</summary>
    public IReadOnlyList<RubricLevelV1> RubricLevels { get; init; } = [];

    public required DirectionV1 Direction { get; init; }

    /// <summary>Whether a submission must answer this target before it can be submitted.</summary>
    public required bool Required { get; init; }

    /// <summary>The consortium's goal value, if it set one (a rubric goal is a level's <see cref="RubricLevelV1.Rank"/>).</summary>
    public decimal? GoalValue { get; init; }

    /// <summary>
    /// Logic check: when set, a value of this target may not exceed the value of the target with
    /// this code in the same submission (a part is never larger than its whole).
    /// </summary>
    public string? PartOfTargetCode { get; init; }
}

/// <summary>One labelled point of a scale, e.g. 1 = "Not yet".</summary>
public sealed record ScaleLabelV1
{
    public required decimal Value { get; init; }

    public required string Label { get; init; }
}

/// <summary>One level of a rubric, e.g. rank 2 "Installation" with what it looks like.</summary>
public sealed record RubricLevelV1
{
    /// <summary>1 for the lowest level, increasing by one.</summary>
    public required int Rank { get; init; }

    public required string Label { get; init; }

    public required string Descriptor { get; init; }
}
