namespace Consortium.Submissions.Domain;

/// <summary>
/// What the district writes about its work: an immutable value, replaced as a whole on every
/// change, so each version can keep the content it had.
/// </summary>
public sealed record SubmissionContent(
    string Title,
    string? Narrative,
    string? Successes,
    string? Challenges,
    ImplementationStage? ImplementationStage,
    IReadOnlyList<string> EvidenceLinks,
    ContactPerson? Contact)
{
    public const int TitleMaxLength = 200;
    public const int NarrativeMaxLength = 20_000;
    public const int ReflectionMaxLength = 10_000;
    public const int EvidenceLinksMax = 20;
    public const int EvidenceLinkMaxLength = 2_000;
}
