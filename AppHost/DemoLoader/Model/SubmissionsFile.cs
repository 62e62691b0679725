using Consortium.Contracts.Submissions.V1;

namespace Consortium.DemoLoader.Model;

/// <summary><c>submissions.json</c>: per cycle, what each district submitted on each topic and how far review got.</summary>
internal sealed record SubmissionsFile
{
    public required IReadOnlyList<DemoSubmission> Previous { get; init; }
    public required IReadOnlyList<DemoSubmission> Current { get; init; }
}

/// <summary>How far through review a submission gets.</summary>
internal enum ReviewOutcome
{
    Draft,
    Submitted,
    Returned,
    Accepted,
}

/// <summary>One district's submission on one topic (district by LEA id, topic by title).</summary>
internal sealed record DemoSubmission
{
    public required string District { get; init; }
    public required string Topic { get; init; }
    public required ReviewOutcome Outcome { get; init; }
    public required BenchmarkKind Kind { get; init; }
    public required string Title { get; init; }
    public required string Narrative { get; init; }
    public string Successes { get; set; } = string.Empty;
    public string Challenges { get; set; } = string.Empty;
    public required ImplementationStage ImplementationStage { get; init; }
    public IReadOnlyList<string> EvidenceLinks { get; set; } = [];
    public required IReadOnlyList<DemoValue> Values { get; init; }

    /// <summary>What the reviewer asks for; only for <see cref="ReviewOutcome.Returned"/>.</summary>
    public string? ReviewerComments { get; init; }
}

/// <summary>A value for one target: exactly one of number, rubric rank, yes/no or text.</summary>
internal sealed record DemoValue
{
    public required string Target { get; init; }
    public decimal? Number { get; init; }
    public int? RubricRank { get; init; }
    public bool? YesNo { get; init; }
    public string? Text { get; init; }
}
