namespace Consortium.Pipeline.Domain;

/// <summary>API field names used in violations, so the domain and the API name fields alike.</summary>
public static class LeaderFields
{
    public const string Name = "name";
    public const string Email = "email";
    public const string RoleCode = "role_code";
    public const string RoleStartedOn = "role_started_on";
    public const string StageStartedOn = "stage_started_on";
    public const string LeaderSubject = "leader_subject";
    public const string Stage = "stage";
    public const string Reason = "reason";
    public const string EffectiveOn = "effective_on";
    public const string LeftOn = "left_on";
    public const string ToDistrictId = "to_district_id";
    public const string TargetRoleCode = "target_role_code";
    public const string Assessor = "assessor";
    public const string AssessedOn = "assessed_on";
    public const string Note = "note";
}
