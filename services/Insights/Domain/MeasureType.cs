namespace Consortium.Insights.Domain;

/// <summary>How a target is measured; decides how its values may be summarised (see <see cref="Statistics.MeasureSummary"/>).</summary>
public enum MeasureType
{
    Percentage = 1,
    Count = 2,
    Amount = 3,
    Ratio = 4,
    Scale = 5,

    /// <summary>An ordered level, carried as its rank (1 = lowest).</summary>
    Rubric = 6,

    /// <summary>Yes or no, carried as 1 or 0.</summary>
    YesNo = 7,

    /// <summary>Free text: described, never aggregated.</summary>
    Text = 8,
}
