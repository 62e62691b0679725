using Consortium.ServiceDefaults.Domain.Measures;
namespace Consortium.Insights.Domain.Statistics;

/// <summary>
/// Where one district's value stands among the other districts' values.
/// <para>
/// <see cref="PercentileRank"/> is the mid-rank percentile: the share of others strictly below
/// plus half the share tied, × 100. Ties split evenly so equal values get equal ranks and a
/// district tied with everyone sits at 50, not at 0 or 100.
/// </para>
/// <para>
/// "Better than" exists only when the target has a direction: for HigherIsBetter the others
/// below, for LowerIsBetter the others above. For <see cref="Direction.Neither"/> it is null,
/// so no screen can say "better than" about, say, a policy choice.
/// </para>
/// </summary>
public sealed record Position(
    int Others,
    int Below,
    int Tied,
    int Above,
    decimal PercentileRank,
    int? BetterThan,
    int? WorseThan,
    decimal? BetterThanPercent)
{
    public static Position Among(decimal value, IReadOnlyCollection<decimal> others, Direction direction)
    {
        if (others.Count == 0)
        {
            // Unreachable behind the k-floor; a position among nobody would be meaningless.
            throw new ArgumentException("A position needs at least one other value.", nameof(others));
        }

        return Of(others.Count(o => o < value), others.Count(o => o == value), others.Count, direction);
    }

    /// <summary>
    /// The same position found by binary search in a group's ascending values, which include the
    /// district's own value once when <paramref name="ownValueIsAmongThem"/>: O(log n), so a
    /// precomputed distribution answers each asker without walking every value.
    /// </summary>
    public static Position InSorted(decimal value, IReadOnlyList<decimal> ascending, bool ownValueIsAmongThem, Direction direction)
    {
        ArgumentNullException.ThrowIfNull(ascending);
        var below = FirstIndexWhere(ascending, v => v >= value);
        var tied = FirstIndexWhere(ascending, v => v > value) - below;
        var count = ascending.Count;
        if (ownValueIsAmongThem)
        {
            if (tied == 0)
            {
                throw new ArgumentException("The own value is said to be among the values but is not.", nameof(ownValueIsAmongThem));
            }

            (tied, count) = (tied - 1, count - 1);
        }

        if (count == 0)
        {
            throw new ArgumentException("A position needs at least one other value.", nameof(ascending));
        }

        return Of(below, tied, count, direction);
    }

    private static Position Of(int below, int tied, int others, Direction direction)
    {
        var above = others - below - tied;
        var rank = MidRank(below, tied, others);
        return direction switch
        {
            Direction.HigherIsBetter => new(others, below, tied, above, rank, below, above, rank),
            Direction.LowerIsBetter => new(others, below, tied, above, rank, above, below, MidRank(above, tied, others)),
            Direction.Neither => new(others, below, tied, above, rank, null, null, null),
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown direction."),
        };
    }

    // The first index whose value satisfies a predicate that is false, then true, along the list.
    private static int FirstIndexWhere(IReadOnlyList<decimal> ascending, Func<decimal, bool> predicate)
    {
        var (low, high) = (0, ascending.Count);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (predicate(ascending[middle]))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    private static decimal MidRank(int strictlyBefore, int tied, int total) =>
        (strictlyBefore + (tied / 2m)) * 100m / total;
}
