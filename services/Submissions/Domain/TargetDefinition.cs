using Consortium.ServiceDefaults.Domain.Measures;

namespace Consortium.Submissions.Domain;

/// <summary>
/// Our copy of a published target: just what validating a value needs. Built from the
/// <c>TopicPublished</c> event's <c>TargetDefinitionV1</c>; definitions are frozen once a topic is
/// published, so the copy never changes.
/// </summary>
public sealed record TargetDefinition(
    Guid TargetId,
    string Code,
    string Name,
    MeasureType MeasureType,
    bool Required,
    decimal? ScaleMin = null,
    decimal? ScaleMax = null,
    IReadOnlyList<RubricLevel>? RubricLevels = null,
    string? PartOfTargetCode = null,
    string? Unit = null)
{
    public IReadOnlyList<RubricLevel> Levels => RubricLevels ?? [];
}

/// <summary>One level of a rubric target, rank 1 the lowest.</summary>
public sealed record RubricLevel(int Rank, string Label);
