namespace Consortium.Pipeline.Domain;

/// <summary>
/// The last coverage published for a district, with a version that orders its
/// <c>SuccessionCoverageChanged</c> events: a new event is published only when the counts change.
/// </summary>
public sealed class DistrictSuccession
{
    private DistrictSuccession()
    {
    }

    public Guid DistrictId { get; private set; }

    public int CriticalRoleCount { get; private set; }

    public int CoveredRoleCount { get; private set; }

    public int Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static DistrictSuccession Start(Guid districtId) => new() { DistrictId = districtId };

    /// <summary>Records <paramref name="coverage"/>; returns whether it differs from what was last published.</summary>
    public bool Record(SuccessionCoverage coverage, DateTimeOffset now)
    {
        if (Version > 0 && coverage.CriticalRoleCount == CriticalRoleCount && coverage.CoveredRoleCount == CoveredRoleCount)
        {
            return false;
        }

        CriticalRoleCount = coverage.CriticalRoleCount;
        CoveredRoleCount = coverage.CoveredRoleCount;
        Version++;
        UpdatedAt = now;
        return true;
    }
}
