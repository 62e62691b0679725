using Consortium.Insights.Domain.Confidentiality;

namespace Consortium.Insights.Domain.Bench;

/// <summary>
/// When the bench-strength figures may move (issue 10, attack 5; ADR 19). They are the same for
/// everyone and can be read at any time, so two reads around one district's change — a leader
/// promoted, a readiness assessed, a role covered — differ by that district's change alone, even
/// when the roster (<see cref="PublishedRoster"/>) stays the same. So the figures are published,
/// and then served as published, until at least k districts' contributions have changed since:
/// any difference between two published versions is then the sum of k or more districts' changes.
/// Each change is a new unknown, so no combination of versions isolates one district's.
/// </summary>
public static class PublishedBenchFigures
{
    /// <summary>
    /// Whether figures computed from <paramref name="current"/> (district → fingerprint) may replace
    /// those published from <paramref name="published"/> (null when nothing was published yet).
    /// </summary>
    public static bool MayReplace(IReadOnlyDictionary<Guid, string>? published, IReadOnlyDictionary<Guid, string> current, SuppressionFloor floor)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(floor);
        return published is null || Changed(published, current) >= floor.K;
    }

    /// <summary>Districts whose contribution differs, counting a district present on one side only.</summary>
    public static int Changed(IReadOnlyDictionary<Guid, string> published, IReadOnlyDictionary<Guid, string> current)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(current);
        return published.Keys.Union(current.Keys).Count(district =>
            !published.TryGetValue(district, out var before)
            || !current.TryGetValue(district, out var now)
            || !string.Equals(before, now, StringComparison.Ordinal));
    }
}
