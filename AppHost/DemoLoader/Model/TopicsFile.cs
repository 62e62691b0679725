using Consortium.Contracts.Topics.V1;

namespace Consortium.DemoLoader.Model;

/// <summary><c>topics.json</c>: every topic the demo benchmarks, with its targets, and the rubrics they share.</summary>
internal sealed record TopicsFile
{
    public IReadOnlyList<DemoRubric> Rubrics { get; set; } = [];
    public required IReadOnlyList<DemoTopic> Topics { get; init; }
}

/// <summary>Levels several targets share (the NIRN implementation stages), referred to by code.</summary>
internal sealed record DemoRubric
{
    public required string Code { get; init; }
    public required IReadOnlyList<DemoRubricLevel> Levels { get; init; }
}

internal sealed record DemoRubricLevel
{
    public required int Rank { get; init; }
    public required string Label { get; init; }
    public required string Descriptor { get; init; }
}

/// <summary>A topic; its title is the key cycles and submissions refer to it by.</summary>
internal sealed record DemoTopic
{
    public required string Title { get; init; }
    public required string FocusArea { get; init; }
    public required string Description { get; init; }
    public required string WhyItMatters { get; init; }
    public required IReadOnlyList<BenchmarkKind> BenchmarkKinds { get; init; }
    public required IReadOnlyList<DemoTarget> Targets { get; init; }
}

/// <summary>A target definition; <see cref="Rubric"/> names a shared rubric, <see cref="PartOf"/> the target this one is part of.</summary>
internal sealed record DemoTarget
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string Definition { get; init; }
    public required MeasureType MeasureType { get; init; }
    public required Direction Direction { get; init; }
    public required bool Required { get; init; }
    public string? Unit { get; init; }
    public string? Currency { get; init; }
    public string? PartOf { get; init; }
    public decimal? Goal { get; init; }
    public DemoScale? Scale { get; init; }
    public string? Rubric { get; init; }
}

internal sealed record DemoScale
{
    public required decimal Min { get; init; }
    public required decimal Max { get; init; }
    public IReadOnlyList<DemoScaleLabel> Labels { get; set; } = [];
}

internal sealed record DemoScaleLabel
{
    public required decimal Value { get; init; }
    public required string Label { get; init; }
}
