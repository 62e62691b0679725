using Consortium.ServiceDefaults.Domain.Measures;

namespace Consortium.Insights.Data.ReadModel;

/// <summary>
/// The precomputed values of one target over all districts that count (joined, not withdrawn),
/// kept by the consumer in the same transaction as the contribution change, so an "all members"
/// comparison reads this one row instead of scanning submissions.
/// </summary>
public sealed class TargetDistributionRow
{
    public Guid TargetId { get; set; }

    public Guid CycleId { get; set; }

    public MeasureType MeasureType { get; set; }

    public int DistrictCount { get; set; }

    /// <summary>Ascending; one value per counting district.</summary>
    public decimal[] SortedValues { get; set; } = [];

    /// <summary>For yes/no targets: how many answered yes (value 1).</summary>
    public int YesCount { get; set; }

    /// <summary>+1 per change, so a reader can tell two computations apart.</summary>
    public int Version { get; set; }

    public DateTimeOffset ComputedAt { get; set; }

    /// <summary>
    /// Sets the distribution to <paramref name="values"/> (those of the districts that count, in
    /// any order) read as <paramref name="measureType"/>; returns whether anything changed, and
    /// only then moves <see cref="Version"/> and <see cref="ComputedAt"/>. Yes/no values count as
    /// yes when 1. Cost: sorting the target's values, nothing else.
    /// </summary>
    public bool Recompute(Guid cycleId, MeasureType measureType, IEnumerable<decimal> values, DateTimeOffset now)
    {
        if (measureType == MeasureType.Text)
        {
            throw new ArgumentException("Text targets have no distribution.", nameof(measureType));
        }

        var sorted = values.Order().ToArray();
        var yesCount = measureType == MeasureType.YesNo ? sorted.Count(value => value == 1m) : 0;
        if (Version > 0 && CycleId == cycleId && MeasureType == measureType && YesCount == yesCount && SortedValues.SequenceEqual(sorted))
        {
            return false;
        }

        CycleId = cycleId;
        MeasureType = measureType;
        SortedValues = sorted;
        DistrictCount = sorted.Length;
        YesCount = yesCount;
        Version++;
        ComputedAt = now;
        return true;
    }
}
