namespace Consortium.Topics.Domain;

/// <summary>What staff write about a topic besides its targets, before validation.</summary>
public sealed record TopicDetails(
    string? Title,
    string? Description,
    string? FocusArea,
    IReadOnlyList<BenchmarkKind> BenchmarkKinds,
    string? WhyItMatters);
