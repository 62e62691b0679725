namespace Consortium.Pipeline.Domain;

/// <summary>One rating of a leader on one competency, kept as history (growth shows across ratings).</summary>
public sealed class CompetencyRating
{
    internal CompetencyRating(string competencyCode, RatingSource source, int score, DateOnly ratedOn, string? evidence, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = Guid.CreateVersion7(recordedAt);
        CompetencyCode = competencyCode;
        Source = source;
        Score = score;
        RatedOn = ratedOn;
        Evidence = evidence;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    // For EF Core materialization only.
    private CompetencyRating()
    {
        CompetencyCode = string.Empty;
        RecordedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public string CompetencyCode { get; private set; }

    public RatingSource Source { get; private set; }

    /// <summary>On <see cref="CompetencyScale"/>.</summary>
    public int Score { get; private set; }

    public DateOnly RatedOn { get; private set; }

    public string? Evidence { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
