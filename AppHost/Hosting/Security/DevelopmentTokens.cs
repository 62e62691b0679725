using System.Security.Cryptography;
using Consortium.Contracts.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Consortium.Hosting.Security;

/// <summary>
/// Signs bearer tokens for a local platform (AppHost, demo data, tests) with a key made for that
/// run, and gives services the matching validation settings in the standard ASP.NET Core shape
/// (<c>Authentication:Schemes:Bearer</c>, as <c>dotnet user-jwts</c> writes it). A real deployment
/// points the same settings at its identity provider instead; services cannot tell the difference.
/// </summary>
public sealed class DevelopmentTokens
{
    public const string Issuer = "consortium-local";
    public const string Audience = "consortium";

    private readonly byte[] _signingKey;

    public DevelopmentTokens(byte[] signingKey)
    {
        if (signingKey.Length < 32)
        {
            throw new ArgumentException("An HMAC-SHA256 signing key needs at least 32 bytes.", nameof(signingKey));
        }

        _signingKey = signingKey;
    }

    public static DevelopmentTokens CreateRandom() => new(RandomNumberGenerator.GetBytes(32));

    /// <summary>The key as base64, to persist it (so tokens stay valid across AppHost restarts).</summary>
    public string SigningKeyBase64 => Convert.ToBase64String(_signingKey);

    /// <summary>Configuration a service needs to accept these tokens, as <c>key → value</c> in configuration-path form.</summary>
    public IReadOnlyDictionary<string, string> ServiceConfiguration() => new Dictionary<string, string>
    {
        ["Authentication:Schemes:Bearer:ValidIssuer"] = Issuer,
        ["Authentication:Schemes:Bearer:ValidAudiences:0"] = Audience,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = Issuer,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = SigningKeyBase64,
    };

    /// <summary>Signs a token for <paramref name="subject"/> with one role, and the district it acts for where the role has one.</summary>
    public string Issue(string subject, string role, Guid? districtId = null, string? name = null, TimeSpan? lifetime = null)
    {
        var claims = new Dictionary<string, object> { [ClaimNames.Role] = role };
        if (districtId is { } id)
        {
            claims[ClaimNames.DistrictId] = id.ToString();
        }

        if (name is not null)
        {
            claims[ClaimNames.Name] = name;
        }

        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = claims,
            Subject = new System.Security.Claims.ClaimsIdentity([new System.Security.Claims.Claim(ClaimNames.Subject, subject)]),
            IssuedAt = now,
            NotBefore = now.AddMinutes(-1),
            Expires = now + (lifetime ?? TimeSpan.FromHours(12)),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(_signingKey), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
