namespace Consortium.ServiceDefaults.Domain.Measures;

/// <summary>
/// How a target is measured. Decides which definition parameters apply and which values are
/// valid (see <see cref="MeasureValueRules"/>). Names match the V1 event enum; services map it by
/// name through <c>MeasureEventEnums</c> (ADR 22).
/// </summary>
public enum MeasureType
{
    /// <summary>A percentage, 0–100.</summary>
    Percentage = 1,

    /// <summary>A whole number of things, 0 or more.</summary>
    Count = 2,

    /// <summary>An amount of money in a currency, 0 or more.</summary>
    Amount = 3,

    /// <summary>A ratio as one number (e.g. 250 students per counselor), 0 or more.</summary>
    Ratio = 4,

    /// <summary>A number between a scale's minimum and maximum.</summary>
    Scale = 5,

    /// <summary>One of a rubric's ordered levels, answered by its rank (1 = lowest).</summary>
    Rubric = 6,

    /// <summary>Yes or no.</summary>
    YesNo = 7,

    /// <summary>Free text; described, never aggregated.</summary>
    Text = 8,
}
