namespace Consortium.Submissions.Domain;

/// <summary>
/// Changes to a submission's content as a client asked for them: <c>null</c> leaves a field as
/// it is. For the text fields an empty string clears them; stage and contact, which can be
/// cleared, are wrapped in <see cref="Change{T}"/> so "clear" and "leave" differ.
/// </summary>
public sealed record DraftChanges
{
    public string? Title { get; init; }

    public string? Narrative { get; init; }

    public string? Successes { get; init; }

    public string? Challenges { get; init; }

    public Change<ImplementationStage?>? ImplementationStage { get; init; }

    public IReadOnlyList<string>? EvidenceLinks { get; init; }

    public Change<ContactPerson?>? Contact { get; init; }

    public Visibility? Visibility { get; init; }
}

/// <summary>A new value for a field that may be set to nothing.</summary>
public readonly record struct Change<T>(T Value);
