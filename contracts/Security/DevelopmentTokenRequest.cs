namespace Consortium.Contracts.Security;

/// <summary>
/// How a local platform's tools (the app host's <c>token</c> command and start banner, the demo
/// loader, the end-to-end tests) ask the identity service for a token: client credentials as the
/// development client, naming the caller the token is for with the parameters below. The identity
/// service honours them in Development only (ADR 23); everywhere else the client does not exist.
/// </summary>
public static class DevelopmentTokenRequest
{
    /// <summary>The confidential client the identity service registers in Development only.</summary>
    public const string ClientId = "consortium-development";

    /// <summary>The token's <c>role</c> (an assignable role; consortium staff when absent).</summary>
    public const string RoleParameter = "consortium_role";

    /// <summary>The token's <c>district_id</c> (required for district roles, refused for staff).</summary>
    public const string DistrictIdParameter = "consortium_district_id";

    /// <summary>The token's <c>sub</c> (the client id when absent).</summary>
    public const string SubjectParameter = "consortium_subject";
}
