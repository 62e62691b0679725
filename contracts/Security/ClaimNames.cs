namespace Consortium.Contracts.Security;

/// <summary>Claim names in our tokens (JWT registered names; inbound claim mapping is off).</summary>
public static class ClaimNames
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string DistrictId = "district_id";
    public const string Name = "name";

    /// <summary>The access token's scopes, space-separated (RFC 9068).</summary>
    public const string Scope = "scope";

    /// <summary>Present ("true") on tokens of a district's automation client, not a person's.</summary>
    public const string AutomationClient = "automation_client";
}
