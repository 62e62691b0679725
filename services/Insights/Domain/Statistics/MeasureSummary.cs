using Consortium.ServiceDefaults.Domain.Measures;
namespace Consortium.Insights.Domain.Statistics;

/// <summary>
/// Chooses the summary that makes sense for a measure type, so no caller can compute quartiles
/// of yes/no answers or aggregate free text. Values arrive as decimals: rubric levels as their
/// rank (1 = lowest), yes/no as 1 or 0.
/// </summary>
public static class MeasureSummary
{
    public static bool IsAggregable(MeasureType type) => type != MeasureType.Text;

    /// <summary>The distribution of a numeric or rubric target.</summary>
    public static Distribution Distribution(MeasureType type, IEnumerable<decimal> values) => type switch
    {
        MeasureType.Rubric => Statistics.Distribution.Ordinal(values.Select(ToRank)),
        MeasureType.YesNo => throw new ArgumentException("Yes/no targets are summarised as a share of yes; use YesNo.", nameof(type)),
        MeasureType.Text => throw new ArgumentException("Text is described, never aggregated.", nameof(type)),
        _ => Statistics.Distribution.Continuous(values),
    };

    /// <summary>The share of yes of a yes/no target (values 1 = yes, 0 = no).</summary>
    public static YesNoSummary YesNo(IEnumerable<decimal> values) => YesNoSummary.Of(values.Select(ToYes));

    private static int ToRank(decimal value) =>
        value >= 1 && value == decimal.Truncate(value)
            ? (int)value
            : throw new ArgumentException($"A rubric value is a level rank (1, 2, …), not {value}.", nameof(value));

    private static bool ToYes(decimal value) => value switch
    {
        1m => true,
        0m => false,
        _ => throw new ArgumentException($"A yes/no value is 1 or 0, not {value}.", nameof(value)),
    };
}
