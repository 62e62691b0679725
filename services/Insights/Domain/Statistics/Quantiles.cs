namespace Consortium.Insights.Domain.Statistics;

/// <summary>
/// Sample quantiles of sorted values, by the Hyndman–Fan (1996) definitions.
/// </summary>
public static class Quantiles
{
    /// <summary>
    /// Hyndman–Fan type 7: position h = (n − 1)·p, linear interpolation between the values
    /// either side. Chosen because it is what district analysts reproduce by hand: Excel's
    /// QUARTILE.INC / PERCENTILE.INC, Google Sheets' QUARTILE, R's and NumPy's default. It
    /// never leaves the observed range, so "top quartile starts at" is always a plausible value.
    /// </summary>
    public static decimal Type7(IReadOnlyList<decimal> sorted, decimal p)
    {
        Require(sorted, p);
        var h = (sorted.Count - 1) * p;
        var lower = (int)decimal.Floor(h);
        var fraction = h - lower;
        return lower + 1 >= sorted.Count
            ? sorted[lower]
            : sorted[lower] + (fraction * (sorted[lower + 1] - sorted[lower]));
    }

    /// <summary>
    /// Hyndman–Fan type 1, the inverse of the empirical distribution: the smallest value x with
    /// at least a share p of values ≤ x. Used for ordinal data (rubric levels), where an
    /// interpolated "level 2.5" means nothing; the answer is always a level someone reported.
    /// </summary>
    public static decimal Type1(IReadOnlyList<decimal> sorted, decimal p)
    {
        Require(sorted, p);
        var rank = (int)decimal.Ceiling(sorted.Count * p);
        return sorted[Math.Max(rank, 1) - 1];
    }

    private static void Require(IReadOnlyList<decimal> sorted, decimal p)
    {
        if (sorted.Count == 0)
        {
            throw new ArgumentException("A quantile needs at least one value.", nameof(sorted));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1m);
    }
}
