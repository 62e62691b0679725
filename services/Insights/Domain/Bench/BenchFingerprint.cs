using System.Security.Cryptography;
using System.Text;

namespace Consortium.Insights.Domain.Bench;

/// <summary>
/// What one district adds to the bench-strength figures: its leaders' stages, their readiest
/// assessments, its succession coverage and its size band. Leader ids are left out on purpose: a
/// leader replaced by another at the same stage changes no figure, so it is no change.
/// </summary>
public sealed record DistrictBenchContribution(
    Guid DistrictId,
    IReadOnlyCollection<int> Stages,
    IReadOnlyCollection<int> ReadinessLevels,
    int CriticalRoles,
    int CoveredRoles,
    int? SizeBand)
{
    /// <summary>A digest of the contribution: equal exactly when the district adds the same to every figure.</summary>
    public string Fingerprint()
    {
        var canonical = new StringBuilder()
            .AppendJoin(',', Stages.Order()).Append('|')
            .AppendJoin(',', ReadinessLevels.Order()).Append('|')
            .Append(CriticalRoles).Append('/').Append(CoveredRoles).Append('|')
            .Append(SizeBand?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-")
            .ToString();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))[..32];
    }
}
