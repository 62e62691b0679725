using Microsoft.AspNetCore.Identity;

namespace Consortium.Identity.Data;

/// <summary>
/// A person's local account (ASP.NET Core Identity keeps the password hash, lockout and security
/// stamp). Its id is the stable <c>sub</c> of every token issued to them; role and district are
/// held here only, so a token always says what this service says.
/// </summary>
public sealed class Person : IdentityUser<Guid>
{
    /// <summary>The <c>role</c> claim (see <see cref="Domain.AccessRole"/>).</summary>
    public string Role { get; set; } = string.Empty;

    /// <summary>The <c>district_id</c> claim, for district roles.</summary>
    public Guid? DistrictId { get; set; }

    /// <summary>When staff (or a district's withdrawal) took access away: no sign-in, no new token, no refresh.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    /// <summary>Hash of the one-time code with which the person sets a password (see <see cref="Domain.InvitationCode"/>).</summary>
    public string? InvitationCodeHash { get; set; }

    public DateTimeOffset? InvitationExpiresAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public bool IsDisabled => DisabledAt is not null;
}
