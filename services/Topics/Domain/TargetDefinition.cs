using Consortium.ServiceDefaults.Domain.Measures;

namespace Consortium.Topics.Domain;

/// <summary>
/// A target as staff write it, before validation: a plain value to build freely from API input.
/// A <see cref="Topic"/> only ever holds <see cref="Target"/>s made from a definition that passed
/// <see cref="TargetValidation"/>.
/// </summary>
public sealed record TargetDefinition
{
    public string? Code { get; init; }

    public string? Name { get; init; }

    public string? Definition { get; init; }

    public string? Inclusions { get; init; }

    public string? Exclusions { get; init; }

    /// <summary><c>null</c> when the caller did not choose one.</summary>
    public MeasureType? MeasureType { get; init; }

    public string? Unit { get; init; }

    public string? Currency { get; init; }

    public decimal? ScaleMin { get; init; }

    public decimal? ScaleMax { get; init; }

    public IReadOnlyList<ScaleLabel> ScaleLabels { get; init; } = [];

    /// <summary>Lowest first. A rank of 0 means "its position"; any other rank must equal the position.</summary>
    public IReadOnlyList<RubricLevel> RubricLevels { get; init; } = [];

    /// <summary><c>null</c> to take the measure type's default, where it has one.</summary>
    public Direction? Direction { get; init; }

    public bool Required { get; init; }

    public decimal? GoalValue { get; init; }

    public string? PartOfTargetCode { get; init; }
}
