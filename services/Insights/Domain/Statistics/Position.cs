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

        var below = others.Count(o => o < value);
        var tied = others.Count(o => o == value);
        var above = others.Count - below - tied;
        var rank = MidRank(below, tied, others.Count);

        return direction switch
        {
            Direction.HigherIsBetter => new(others.Count, below, tied, above, rank, below, above, rank),
            Direction.LowerIsBetter => new(others.Count, below, tied, above, rank, above, below, MidRank(above, tied, others.Count)),
            Direction.Neither => new(others.Count, below, tied, above, rank, null, null, null),
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown direction."),
        };
    }

    private static decimal MidRank(int strictlyBefore, int tied, int total) =>
        (strictlyBefore + (tied / 2m)) * 100m / total;
}
