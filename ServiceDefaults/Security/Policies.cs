namespace Consortium.ServiceDefaults.Security;

/// <summary>Authorization policy names. Every endpoint needs a signed-in caller unless it says otherwise.</summary>
public static class Policies
{
    /// <summary>Consortium staff or an admin.</summary>
    public const string Staff = "staff";

    /// <summary>Staff, or someone acting for a district (a district role with a <c>district_id</c> claim).</summary>
    public const string DistrictMember = "district-member";
}
