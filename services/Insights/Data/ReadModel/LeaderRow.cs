using Consortium.Contracts.Events.Pipeline.V1;

namespace Consortium.Insights.Data.ReadModel;

/// <summary>
/// One leader in a district's pipeline, by id only (never a name: person-level data stays in the
/// district). Every leader event carries the district and stage; <c>LeaderStageChanged</c> does not
/// carry the role, so the role keeps its own <see cref="RoleVersion"/>.
/// </summary>
public sealed class LeaderRow
{
    public Guid LeaderId { get; set; }

    public Guid DistrictId { get; set; }

    /// <summary>e.g. <c>principal</c>; empty until an event carrying it arrives.</summary>
    public string RoleCode { get; set; } = string.Empty;

    public PipelineStageV1 Stage { get; set; }

    /// <summary>False after the leader left.</summary>
    public bool Active { get; set; }

    public int LeaderVersion { get; set; }

    /// <summary>Version of the event that last set <see cref="RoleCode"/>.</summary>
    public int RoleVersion { get; set; }

    public static LeaderRow Placeholder(Guid leaderId) => new() { LeaderId = leaderId };

    /// <summary>District, stage and whether active, when the event is newer.</summary>
    public bool Apply(LeaderEvent message, PipelineStageV1 stage, bool active)
    {
        if (!Versions.IsNewer(message.LeaderVersion, LeaderVersion))
        {
            return false;
        }

        DistrictId = message.DistrictId;
        Stage = stage;
        Active = active;
        LeaderVersion = message.LeaderVersion;
        return true;
    }

    public bool ApplyRole(string roleCode, int version)
    {
        if (!Versions.IsNewer(version, RoleVersion))
        {
            return false;
        }

        RoleCode = roleCode;
        RoleVersion = version;
        return true;
    }
}
