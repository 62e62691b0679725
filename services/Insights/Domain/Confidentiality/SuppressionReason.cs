namespace Consortium.Insights.Domain.Confidentiality;

/// <summary>Why an aggregate was withheld. Stable codes; the API shows <see cref="Suppression.Explanation"/> to people.</summary>
public enum SuppressionReason
{
    /// <summary>The group covers fewer than k districts.</summary>
    TooFewDistricts = 1,

    /// <summary>Together with a group already answered for this caller, it would isolate fewer than k districts.</summary>
    DifferencingRisk = 2,

    /// <summary>The asking district has not yet given its own for this topic and cycle (give to get).</summary>
    NotYetGiven = 3,
}

/// <summary>A withheld aggregate: the reason and words a district lead understands. Never carries any figure.</summary>
public sealed record Suppression(SuppressionReason Reason, string Explanation);
