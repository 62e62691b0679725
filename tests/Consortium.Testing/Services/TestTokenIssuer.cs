using System.Security.Cryptography;
using Consortium.Contracts.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Consortium.Testing.Services;

/// <summary>
/// The token issuer of one service under test: an ECDSA P-256 key made for that test, whose
/// private half stays here (the test signs with it) and whose public half is all the service is
/// given, the way a service holds only the identity service's published keys on a platform
/// (ADR 23). No secret is handed to a service: a service cannot mint a token it would accept.
/// </summary>
public sealed class TestTokenIssuer
{
    public const string Issuer = "https://tests.consortium.example/";

    /// <summary>The audience services accept (the identity service's, <c>consortium-api</c>).</summary>
    public const string Audience = "consortium-api";

    private readonly ECDsaSecurityKey _signingKey;
    private readonly ECDsaSecurityKey _validationKey;

    private TestTokenIssuer(ECDsa key)
    {
        var keyId = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(12));
        _signingKey = new ECDsaSecurityKey(key) { KeyId = keyId };
        var publicHalf = ECDsa.Create(key.ExportParameters(includePrivateParameters: false));
        _validationKey = new ECDsaSecurityKey(publicHalf) { KeyId = keyId };
    }

    /// <summary>A new key pair (another one stands for a forger's key).</summary>
    public static TestTokenIssuer CreateRandom() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256));

    /// <summary>What the service is given: the issuer, the audience and the public key only.</summary>
    public void ConfigureValidation(JwtBearerOptions options)
    {
        options.Authority = null;
        options.TokenValidationParameters.ValidIssuer = Issuer;
        options.TokenValidationParameters.ValidAudience = Audience;
        options.TokenValidationParameters.IssuerSigningKey = _validationKey;
    }

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
            SigningCredentials = new SigningCredentials(_signingKey, SecurityAlgorithms.EcdsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
