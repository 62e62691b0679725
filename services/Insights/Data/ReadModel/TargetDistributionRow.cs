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
}
