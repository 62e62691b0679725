using Consortium.ServiceDefaults.Domain;

namespace Consortium.Pipeline.Domain;

/// <summary>Competency ratings against the framework: a known competency, a source, a score on the scale, a date.</summary>
public sealed partial class Leader
{
    public const int EvidenceMaxLength = 2000;

    private readonly List<CompetencyRating> _competencyRatings = [];

    public IReadOnlyList<CompetencyRating> CompetencyRatings => _competencyRatings;

    public CompetencyRating RateCompetency(
        string? competencyCode,
        RatingSource? source,
        int score,
        DateOnly? ratedOn,
        string? evidence,
        IReadOnlySet<string> knownCompetencies,
        string recordedBy,
        DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recordedBy);
        RequireActive();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var violations = new Violations();
        var code = TextInput.Clean(competencyCode)?.ToLowerInvariant();
        violations.Require(code is not null && knownCompetencies.Contains(code), "competency_code", "Choose a competency of the framework (see ListCompetencies).");
        violations.Require(source is not null, "source", "Say who gives the rating: SELF, SUPERVISOR or COACH.");
        violations.Require(
            score is >= CompetencyScale.Min and <= CompetencyScale.Max,
            "score",
            "Rate from 1 to 4: 1 developing, 2 approaching, 3 proficient, 4 distinguished.");
        var date = ratedOn ?? today;
        RequireNotFuture(date, today, "rated_on", violations);
        var cleanEvidence = TextInput.Clean(evidence);
        violations.Require(cleanEvidence is null || cleanEvidence.Length <= EvidenceMaxLength, "evidence", $"Keep the evidence to {EvidenceMaxLength} characters or fewer.");
        violations.ThrowIfAny();

        var rating = new CompetencyRating(code!, source!.Value, score, date, cleanEvidence, recordedBy, now);
        _competencyRatings.Add(rating);
        Touch(now);
        return rating;
    }
}
