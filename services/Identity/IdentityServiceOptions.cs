namespace Consortium.Identity;

/// <summary>The identity service's settings (section <c>Identity</c>).</summary>
public sealed class IdentityServiceOptions
{
    public const string SectionName = "Identity";

    /// <summary>The issuer (and authority) every token names, as services and browsers reach this service.</summary>
    public Uri Issuer { get; set; } = new("http://localhost:5160/");

    /// <summary>The web front end's base address: the <c>consortium-web</c> client's redirect URIs are under it.</summary>
    public Uri WebBaseAddress { get; set; } = new("http://localhost:5170/");

    /// <summary>The audience of every access token: the Consortium services' APIs.</summary>
    public string Audience { get; set; } = IdentityNames.ApiAudience;

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Failed password attempts before the account is locked for <see cref="LockoutDuration"/>.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The development client's secret (<see cref="IdentityNames.DevelopmentClientId"/>); honoured
    /// only in the Development environment, ignored (and the client removed) everywhere else.
    /// </summary>
    public string? DevelopmentClientSecret { get; set; }

    /// <summary>How long the development client's tokens live (the start banner prints one to use for a while).</summary>
    public TimeSpan DevelopmentTokenLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The first staff account, created at start when missing (none when not configured).</summary>
    public FirstStaffOptions? FirstStaff { get; set; }
}

/// <summary>The first consortium staff account's e-mail address and initial password.</summary>
public sealed class FirstStaffOptions
{
    public string Email { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;
}
