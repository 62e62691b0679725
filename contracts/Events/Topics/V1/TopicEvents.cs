namespace Consortium.Contracts.Events.Topics.V1;

/// <summary>
/// A topic was published in a cycle: districts may now submit against it. Carries the full,
/// frozen target definitions, so consumers validate and compare without asking Topics.
/// </summary>
public sealed record TopicPublished : IntegrationEvent
{
    public required Guid TopicId { get; init; }

    public required Guid CycleId { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string FocusArea { get; init; }

    public required IReadOnlyList<BenchmarkKindV1> BenchmarkKinds { get; init; }

    public required IReadOnlyList<TargetDefinitionV1> Targets { get; init; }

    /// <summary>The topic this one was carried forward from (same target codes), for trends across cycles.</summary>
    public Guid? CarriedFromTopicId { get; init; }

    public required DateTimeOffset PublishedAt { get; init; }
}

/// <summary>A topic was retired: no new submissions; existing ones stay readable.</summary>
public sealed record TopicRetired : IntegrationEvent
{
    public required Guid TopicId { get; init; }

    public required Guid CycleId { get; init; }

    public required DateTimeOffset RetiredAt { get; init; }
}
