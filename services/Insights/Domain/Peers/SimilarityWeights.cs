using Consortium.ServiceDefaults.Domain;

namespace Consortium.Insights.Domain.Peers;

/// <summary>
/// How much each context dimension counts in <see cref="PeerSimilarity"/>. Weights are
/// relative (doubling all changes nothing), ≥ 0, and at least one is positive. Equal weights are
/// the default: no research tells us that poverty matters more than size for every topic, so a
/// consortium sets its own.
/// </summary>
public sealed record SimilarityWeights(
    double Enrollment = 1,
    double EconomicallyDisadvantaged = 1,
    double EnglishLearners = 1,
    double WithDisabilities = 1,
    double Locale = 1)
{
    public static SimilarityWeights Equal { get; } = new();

    public double Total => Enrollment + EconomicallyDisadvantaged + EnglishLearners + WithDisabilities + Locale;

    /// <summary>Throws <see cref="DomainValidationException"/> listing every bad weight.</summary>
    public SimilarityWeights Validated()
    {
        var violations = new List<FieldViolation>();
        Check(violations, "weights.enrollment", Enrollment);
        Check(violations, "weights.pct_economically_disadvantaged", EconomicallyDisadvantaged);
        Check(violations, "weights.pct_english_learners", EnglishLearners);
        Check(violations, "weights.pct_with_disabilities", WithDisabilities);
        Check(violations, "weights.locale", Locale);
        if (violations.Count == 0 && Total <= 0)
        {
            violations.Add(new FieldViolation("weights", "At least one weight must be above zero."));
        }

        return violations.Count == 0 ? this : throw new DomainValidationException(violations);
    }

    private static void Check(List<FieldViolation> violations, string field, double weight)
    {
        if (!double.IsFinite(weight) || weight < 0)
        {
            violations.Add(new FieldViolation(field, "A weight must be a number of zero or more."));
        }
    }
}
