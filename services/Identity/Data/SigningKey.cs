namespace Consortium.Identity.Data;

/// <summary>
/// A key the service signs (or encrypts) tokens with, kept as a self-signed X.509 certificate
/// whose validity is the key's window: OpenIddict publishes every loaded certificate and signs
/// with the valid one that lasts longest, so a successor whose <c>NotBefore</c> lies ahead is
/// published before it signs, and a predecessor stays published until its <c>NotAfter</c>.
/// </summary>
public sealed class SigningKey
{
    public required string KeyId { get; init; }

    public required KeyPurpose Purpose { get; init; }

    /// <summary>PKCS#12 with the private key. Readable by whoever reads this database: keep the database as secret as the key.</summary>
    public required byte[] Certificate { get; init; }

    public required DateTimeOffset NotBefore { get; init; }

    public required DateTimeOffset NotAfter { get; init; }
}

public enum KeyPurpose
{
    /// <summary>Signs access and identity tokens (published in the JWKS).</summary>
    Signing = 1,

    /// <summary>Encrypts the service's own tokens (authorization codes, refresh tokens); never published.</summary>
    Encryption = 2,
}
