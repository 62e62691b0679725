using Consortium.Insights.Domain.Confidentiality;

namespace Consortium.Insights.Domain.Bench;

/// <summary>A count of leaders in one category, shown only when the districts behind it reach the k-floor.</summary>
public sealed record CountFigure<TKey>(TKey Key, int DistrictCount, Guarded<int> Count);

/// <summary>A share of covered critical roles in one category, shown only when its districts reach the k-floor.</summary>
public sealed record CoverageFigure<TKey>(TKey Key, int DistrictCount, Guarded<decimal> CoveredPercent);

/// <summary>One leader, by id only: the district and the category counted (stage or readiness level).</summary>
public sealed record CountedLeader<TKey>(TKey Key, Guid DistrictId);

/// <summary>One district's succession coverage in one category (its size band).</summary>
public sealed record DistrictCoverage<TKey>(TKey Key, Guid DistrictId, int CriticalRoles, int CoveredRoles);

/// <summary>
/// Consortium-wide leadership figures. The k-floor applies to the districts a figure covers, not
/// to the leaders: seven leaders from one district describe that district alone. Every category
/// is reported (zero districts is suppressed like any small group), so which categories appear
/// never hints at anything.
/// </summary>
public static class BenchFigures
{
    public static IReadOnlyList<CountFigure<TKey>> Count<TKey>(IEnumerable<TKey> categories, IEnumerable<CountedLeader<TKey>> leaders, SuppressionFloor floor)
        where TKey : notnull
    {
        var byKey = leaders.ToLookup(l => l.Key);
        return [.. categories.Select(key =>
        {
            var inKey = byKey[key].ToList();
            var districts = inKey.Select(l => l.DistrictId).Distinct().Count();
            return new CountFigure<TKey>(key, districts, Guarded.From(floor.Check(districts), () => inKey.Count));
        })];
    }

    /// <summary>Covered roles ÷ critical roles × 100 over the category's districts that have critical roles.</summary>
    public static IReadOnlyList<CoverageFigure<TKey>> Coverage<TKey>(IEnumerable<TKey> categories, IEnumerable<DistrictCoverage<TKey>> coverage, SuppressionFloor floor)
        where TKey : notnull
    {
        var byKey = coverage.Where(c => c.CriticalRoles > 0).ToLookup(c => c.Key);
        return [.. categories.Select(key =>
        {
            var inKey = byKey[key].ToList();
            return new CoverageFigure<TKey>(key, inKey.Count, Guarded.From(
                floor.Check(inKey.Count),
                () => inKey.Sum(c => Math.Min(c.CoveredRoles, c.CriticalRoles)) * 100m / inKey.Sum(c => c.CriticalRoles)));
        })];
    }
}
