using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Consortium.Identity.Api;

/// <summary>How a district's automation client is registered with OpenIddict: confidential, client credentials only, scope <c>submissions.write</c> only.</summary>
public static class AutomationClients
{
    public static OpenIddictApplicationDescriptor Descriptor(string clientId, string secret, string displayName) => new()
    {
        ClientId = clientId,
        ClientSecret = secret,
        ClientType = ClientTypes.Confidential,
        DisplayName = displayName,
        Permissions =
        {
            Permissions.Endpoints.Token,
            Permissions.GrantTypes.ClientCredentials,
            Permissions.Prefixes.Scope + IdentityNames.SubmissionsWriteScope,
        },
    };
}
