namespace Consortium.Contracts.Security;

/// <summary>The values of the <c>role</c> claim in bearer tokens: part of the API contract.</summary>
public static class Roles
{
    /// <summary>Runs the consortium: manages districts, cycles, topics, reviews submissions.</summary>
    public const string ConsortiumStaff = "consortium-staff";

    /// <summary>A district's benchmark lead: works on its own district's data only.</summary>
    public const string DistrictLead = "district-lead";

    /// <summary>A leader in the pipeline: sees their own record and consortium aggregates.</summary>
    public const string Leader = "leader";

    /// <summary>Platform administrator: everything staff can do.</summary>
    public const string Admin = "admin";
}
