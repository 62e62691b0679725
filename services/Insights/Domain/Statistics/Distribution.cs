using Consortium.ServiceDefaults.Domain.Measures;
namespace Consortium.Insights.Domain.Statistics;

/// <summary>
/// The five-number summary and mean of a set of values: what a benchmark report shows per
/// target (APQC bottom/median/top, CGCS median with high/low). Numeric measures use
/// Hyndman–Fan type 7 quartiles; rubric ranks use type 1 so each quartile is a real level
/// (see <see cref="Quantiles"/>). Confidentiality (k-floor, differencing) is decided before a
/// distribution is built; this type only does arithmetic.
/// </summary>
public sealed class Distribution
{
    private readonly decimal[] _sorted;

    private Distribution(decimal[] sorted, bool ordinal)
    {
        _sorted = sorted;
        IsOrdinal = ordinal;
        Func<IReadOnlyList<decimal>, decimal, decimal> quantile = ordinal ? Quantiles.Type1 : Quantiles.Type7;
        Q1 = quantile(sorted, 0.25m);
        Median = quantile(sorted, 0.5m);
        Q3 = quantile(sorted, 0.75m);
        Mean = sorted.Sum() / sorted.Length;
    }

    /// <summary>How many values (one per district).</summary>
    public int Count => _sorted.Length;

    public decimal Min => _sorted[0];

    public decimal Q1 { get; }

    public decimal Median { get; }

    public decimal Q3 { get; }

    public decimal Max => _sorted[^1];

    /// <summary>Exact decimal mean, unrounded; presentation rounds to the target's precision.</summary>
    public decimal Mean { get; }

    /// <summary>True for rubric ranks: quartiles are reported levels (type 1), not interpolations.</summary>
    public bool IsOrdinal { get; }

    public IReadOnlyList<decimal> SortedValues => _sorted;

    /// <summary>A distribution of measured quantities (percentages, counts, amounts, ratios, scales).</summary>
    public static Distribution Continuous(IEnumerable<decimal> values) => new(SortedNonEmpty(values), ordinal: false);

    /// <summary>A distribution of ordered levels given by rank (1 = lowest).</summary>
    public static Distribution Ordinal(IEnumerable<int> ranks) => new(SortedNonEmpty(ranks.Select(r => (decimal)r)), ordinal: true);

    /// <summary>
    /// Where <paramref name="value"/> stands among the others (see <see cref="Position"/>).
    /// The caller's own value is normally one of the values; one copy of it is taken out so a
    /// district is never compared with itself.
    /// </summary>
    public Position PositionOf(decimal value, Direction direction) =>
        Position.InSorted(value, _sorted, ownValueIsAmongThem: Array.BinarySearch(_sorted, value) >= 0, direction);

    private static decimal[] SortedNonEmpty(IEnumerable<decimal> values)
    {
        var sorted = values.ToArray();

        // A comparison's values arrive sorted already (13,000 at every preparation during the rush).
        if (!IsAscending(sorted))
        {
            Array.Sort(sorted);
        }

        return sorted.Length == 0
            ? throw new ArgumentException("A distribution needs at least one value.", nameof(values))
            : sorted;
    }

    private static bool IsAscending(decimal[] values)
    {
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i - 1] > values[i])
            {
                return false;
            }
        }

        return true;
    }
}
