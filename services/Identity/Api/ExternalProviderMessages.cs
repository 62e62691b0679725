using Consortium.Contracts.Identity.V1;
using Consortium.Identity.Domain;
using Consortium.Identity.Federation;
using Consortium.ServiceDefaults.Domain;
using Google.Protobuf.Collections;
using Google.Protobuf.WellKnownTypes;

namespace Consortium.Identity.Api;

/// <summary>Validation of the provider requests' fields, and the provider's message (never its secret).</summary>
internal static class ExternalProviderMessages
{
    public static string DisplayName(string value, Violations violations)
    {
        var name = value.Trim();
        violations.Require(name.Length is >= 1 and <= 100 && !name.Any(char.IsControl), "display_name", "must be 1–100 characters, e.g. Cedar Ridge SD (Microsoft)");
        return name;
    }

    /// <summary>An absolute https URL without query or fragment; plain http only where <paramref name="allowHttp"/> says or for a loopback host.</summary>
    public static string Issuer(string value, bool allowHttp, Violations violations)
    {
        var text = value.Trim();
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || text.Length > 500
            || uri.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            violations.Add("issuer", "must be the provider's issuer, an absolute https URL without query or fragment, e.g. https://login.microsoftonline.com/<tenant id>/v2.0");
            return text;
        }

        violations.Require(uri.Scheme == "https" || allowHttp || uri.IsLoopback, "issuer", "must use https");
        return uri.AbsoluteUri;
    }

    public static string ClientId(string value, Violations violations)
    {
        var id = value.Trim();
        violations.Require(id.Length is >= 1 and <= 200 && !id.Any(char.IsControl), "client_id", "must be 1–200 characters: the client id registered at the provider");
        return id;
    }

    /// <summary>The secret as given (not trimmed: it is the provider's); empty allowed only when <paramref name="required"/> is false.</summary>
    public static string? ClientSecret(string value, bool required, Violations violations)
    {
        if (value.Length == 0 && !required)
        {
            return null;
        }

        violations.Require(value.Length is >= 1 and <= 500, "client_secret", "must be 1–500 characters: the secret issued by the provider");
        return value;
    }

    public static List<Data.ExternalRoleRule> Rules(RepeatedField<RoleRule> rules, Violations violations) =>
        RoleRules.Create(rules.Select(rule => new RoleRules.Requested(rule.ClaimType, rule.ClaimValue, IdentityMessages.ToClaim(rule.Role) ?? string.Empty)).ToList(), violations);

    public static string Describe(Data.ExternalProvider provider) =>
        $"district {provider.DistrictId}: {provider.DisplayName}, {provider.Issuer}, client {provider.ClientId}; rules: "
        + string.Join("; ", provider.Rules.OrderBy(r => r.Position).Select(r => $"{r.ClaimType} = {r.ClaimValue} → {r.Role}"));

    public static ExternalProvider ToMessage(Data.ExternalProvider provider, Uri issuer) => new()
    {
        ProviderId = provider.Id.ToString(),
        DistrictId = provider.DistrictId.ToString(),
        DisplayName = provider.DisplayName,
        Issuer = provider.Issuer,
        ClientId = provider.ClientId,
        HasClientSecret = provider.ProtectedClientSecret.Length > 0,
        Enabled = provider.IsEnabled,
        Rules =
        {
            provider.Rules.OrderBy(rule => rule.Position).Select(rule => new RoleRule
            {
                ClaimType = rule.ClaimType,
                ClaimValue = rule.ClaimValue,
                Role = IdentityMessages.FromClaim(rule.Role),
            }),
        },
        RedirectUri = new Uri(issuer, ExternalProviderRegistrations.CallbackPath).AbsoluteUri,
        CreatedAt = Timestamp.FromDateTimeOffset(provider.CreatedAt),
        UpdatedAt = Timestamp.FromDateTimeOffset(provider.UpdatedAt),
    };
}
