namespace Consortium.Identity.Data;

/// <summary>
/// A member district's own OpenID Connect provider, configured by staff: its people sign in there
/// and get the role of the first matching <see cref="Rules"/> in <see cref="DistrictId"/>, which
/// is always this row's, never a claim of the provider's token.
/// </summary>
public sealed class ExternalProvider
{
    /// <summary>Also the OpenIddict client's registration id.</summary>
    public required Guid Id { get; init; }

    public required Guid DistrictId { get; init; }

    public required string DisplayName { get; set; }

    /// <summary>The provider's issuer (absolute URI); with the external subject it identifies a person there.</summary>
    public required string Issuer { get; set; }

    public required string ClientId { get; set; }

    /// <summary>The client secret, protected with ASP.NET Core Data Protection (keys in <see cref="DataProtectionKey"/>).</summary>
    public required string ProtectedClientSecret { get; set; }

    /// <summary>The role rules, tried by <see cref="ExternalRoleRule.Position"/>.</summary>
    public List<ExternalRoleRule> Rules { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Changes with every staff change: an instance that has another value reloads its client registrations.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? DisabledAt { get; set; }

    public bool IsEnabled => DisabledAt is null;
}

/// <summary>One staff-approved rule: claim <see cref="ClaimType"/> equals <see cref="ClaimValue"/> gives <see cref="Role"/>.</summary>
public sealed class ExternalRoleRule
{
    public long Id { get; init; }

    public Guid ProviderId { get; init; }

    /// <summary>0-based order: the first rule that matches decides.</summary>
    public required int Position { get; init; }

    public required string ClaimType { get; init; }

    public required string ClaimValue { get; init; }

    /// <summary>A district role claim value (never consortium staff).</summary>
    public required string Role { get; init; }
}
