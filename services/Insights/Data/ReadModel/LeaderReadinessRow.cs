using Consortium.Contracts.Events.Pipeline.V1;

namespace Consortium.Insights.Data.ReadModel;

/// <summary>A leader's newest readiness for one target role (counts feed bench strength).</summary>
public sealed class LeaderReadinessRow
{
    public Guid LeaderId { get; set; }

    public string TargetRoleCode { get; set; } = string.Empty;

    public ReadinessLevelV1 Level { get; set; }

    public DateOnly AssessedOn { get; set; }

    /// <summary>Version of the assessment event applied.</summary>
    public int LeaderVersion { get; set; }

    public bool Apply(ReadinessAssessed message)
    {
        if (!Versions.IsNewer(message.LeaderVersion, LeaderVersion))
        {
            return false;
        }

        Level = message.Level;
        AssessedOn = message.AssessedOn;
        LeaderVersion = message.LeaderVersion;
        return true;
    }
}
