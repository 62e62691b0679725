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

    /// <summary>When signing keys are made, sign and retire, and how often the key ring is reloaded.</summary>
    public SigningKeyOptions SigningKeys { get; set; } = new();
}

/// <summary>The signing keys' rotation (section <c>Identity:SigningKeys</c>); see <see cref="Domain.KeyRotationPolicy"/>.</summary>
public sealed class SigningKeyOptions
{
    /// <summary>How long a new key is published before it signs: longer than any service caches the published keys (12 h).</summary>
    public TimeSpan Announcement { get; set; } = Domain.KeyRotationPolicy.Default.Announcement;

    public TimeSpan SigningPeriod { get; set; } = Domain.KeyRotationPolicy.Default.SigningPeriod;

    /// <summary>How long a key stays published after it last signed: at least the longest token's life.</summary>
    public TimeSpan TokenLifetime { get; set; } = Domain.KeyRotationPolicy.Default.TokenLifetime;

    /// <summary>How often the ring is reloaded from the database (keys made by another instance, a successor due).</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromHours(1);

    public Domain.KeyRotationPolicy Policy => new(Announcement, SigningPeriod, TokenLifetime);

    /// <summary>A successor must be announced within a signing period, and the ring reloaded within an announcement.</summary>
    public bool IsConsistent =>
        Announcement > TimeSpan.Zero && SigningPeriod > Announcement && TokenLifetime > TimeSpan.Zero
        && RefreshInterval > TimeSpan.Zero && RefreshInterval < Announcement;
}

/// <summary>The first consortium staff account's e-mail address and initial password.</summary>
public sealed class FirstStaffOptions
{
    public string Email { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;
}
