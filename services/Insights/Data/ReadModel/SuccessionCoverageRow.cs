namespace Consortium.Insights.Data.ReadModel;

/// <summary>A district's succession coverage: critical roles and how many have a ready-now successor.</summary>
public sealed class SuccessionCoverageRow
{
    public Guid DistrictId { get; set; }

    public int CriticalRoleCount { get; set; }

    public int CoveredRoleCount { get; set; }

    public int CoverageVersion { get; set; }

    public bool Apply(int criticalRoleCount, int coveredRoleCount, int version)
    {
        if (!Versions.IsNewer(version, CoverageVersion))
        {
            return false;
        }

        CriticalRoleCount = criticalRoleCount;
        CoveredRoleCount = coveredRoleCount;
        CoverageVersion = version;
        return true;
    }
}
