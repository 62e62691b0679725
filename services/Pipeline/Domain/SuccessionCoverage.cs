namespace Consortium.Pipeline.Domain;

/// <summary>
/// A district's succession coverage: the share of its critical roles with at least one ready-now
/// successor still active in the district. A successor who left or moved no longer covers a role,
/// even if the slate still names them.
/// </summary>
public sealed record SuccessionCoverage(int CriticalRoleCount, int CoveredRoleCount)
{
    /// <summary>Percent with one decimal, rounded half away from zero; 0 when there are no critical roles.</summary>
    public decimal Percent => CriticalRoleCount == 0
        ? 0m
        : Math.Round(100m * CoveredRoleCount / CriticalRoleCount, 1, MidpointRounding.AwayFromZero);

    public static SuccessionCoverage Compute(IEnumerable<CriticalRole> criticalRoles, IReadOnlySet<Guid> activeDistrictLeaders)
    {
        var roles = criticalRoles.ToList();
        return new SuccessionCoverage(roles.Count, roles.Count(role => role.IsCovered(activeDistrictLeaders)));
    }
}
