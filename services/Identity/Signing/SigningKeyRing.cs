using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Consortium.Identity.Data;
using Consortium.Identity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace Consortium.Identity.Signing;

/// <summary>
/// The keys this service signs and encrypts tokens with, loaded from its database when it starts
/// (after the migrations). Makes the first key, and a successor when the signing key nears the end
/// of its signing period (<see cref="KeyRotationPolicy"/>), so a key is always published before it
/// signs. Keys past their publication end are dropped from the ring (and from the database).
/// </summary>
public sealed partial class SigningKeyRing(IServiceProvider services, TimeProvider time, ILogger<SigningKeyRing> logger) : IHostedService
{
    private readonly KeyRotationPolicy _policy = KeyRotationPolicy.Default;
    private IReadOnlyList<X509Certificate2>? _signing;
    private X509Certificate2? _encryption;

    /// <summary>Every published signing key (the next one included), newest first.</summary>
    public IReadOnlyList<X509Certificate2> SigningCertificates =>
        _signing ?? throw new InvalidOperationException("The signing keys are not loaded yet (the service is starting).");

    public X509Certificate2 EncryptionCertificate =>
        _encryption ?? throw new InvalidOperationException("The encryption key is not loaded yet (the service is starting).");

    /// <summary>The published keys as validation keys (for this service's own API).</summary>
    public IEnumerable<SecurityKey> ValidationKeys =>
        SigningCertificates.Select(certificate => new X509SecurityKey(certificate));

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityServiceDbContext>();
        var now = time.GetUtcNow();

        // Retired keys: no token they signed can still be valid.
        await db.SigningKeys.Where(key => key.NotAfter < now).ExecuteDeleteAsync(cancellationToken);
        var keys = await db.SigningKeys.AsNoTracking().ToListAsync(cancellationToken);

        var signing = keys.Where(key => key.Purpose == KeyPurpose.Signing).ToList();
        var windows = signing.Select(key => new KeyWindow(key.NotBefore, key.NotAfter - _policy.TokenLifetime, key.NotAfter)).ToList();
        if (_policy.NeedsSuccessor(windows, now))
        {
            // The very first key signs at once (a minute back, against clock skew).
            var window = _policy.WindowFrom(signing.Count == 0 ? now.AddMinutes(-1) : _policy.SuccessorStart(windows, now));
            var key = NewKey(KeyPurpose.Signing, window.SignsFrom, window.PublishedUntil);
            db.SigningKeys.Add(key);
            signing.Add(key);
            LogKeyCreated(logger, key.KeyId, window.SignsFrom, window.PublishedUntil);
        }

        var encryption = keys.Where(key => key.Purpose == KeyPurpose.Encryption).MaxBy(key => key.NotAfter);
        if (encryption is null || encryption.NotAfter < now + _policy.SigningPeriod)
        {
            // Codes and refresh tokens live for days at most; an encryption key lasts years.
            encryption = NewKey(KeyPurpose.Encryption, now.AddMinutes(-1), now.AddYears(5));
            db.SigningKeys.Add(encryption);
        }

        await db.SaveChangesAsync(cancellationToken);
        _signing = signing.OrderByDescending(key => key.NotAfter).Select(Load).ToList();
        _encryption = Load(encryption);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static SigningKey NewKey(KeyPurpose purpose, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var rsa = RSA.Create(2048);
        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var request = new CertificateRequest($"CN=Consortium identity {purpose} {keyId}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            purpose == KeyPurpose.Signing ? X509KeyUsageFlags.DigitalSignature : X509KeyUsageFlags.KeyEncipherment, critical: true));
        using var certificate = request.CreateSelfSigned(notBefore, notAfter);
        return new SigningKey
        {
            KeyId = keyId,
            Purpose = purpose,
            Certificate = certificate.Export(X509ContentType.Pkcs12),
            NotBefore = notBefore,
            NotAfter = notAfter,
        };
    }

    private static X509Certificate2 Load(SigningKey key) =>
        X509CertificateLoader.LoadPkcs12(key.Certificate, password: null, X509KeyStorageFlags.EphemeralKeySet);

    [LoggerMessage(Level = LogLevel.Information, Message = "Signing key {KeyId} created: published now, signs from {SignsFrom}, published until {PublishedUntil}")]
    private static partial void LogKeyCreated(ILogger logger, string keyId, DateTimeOffset signsFrom, DateTimeOffset publishedUntil);
}
