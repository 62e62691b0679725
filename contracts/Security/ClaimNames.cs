namespace Consortium.Contracts.Security;

/// <summary>Claim names in our tokens (JWT registered names; inbound claim mapping is off).</summary>
public static class ClaimNames
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string DistrictId = "district_id";
    public const string Name = "name";
}
