using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Consortium.Identity.Data;
using Consortium.Identity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.Tokens;

namespace Consortium.Identity.Signing;

/// <summary>
/// The keys this service signs and encrypts tokens with, kept in its database. Loaded when the
/// service starts (after the migrations) and again every <see cref="SigningKeyOptions.RefreshInterval"/>
/// and when the next key starts signing, without a restart: each load makes the first key, and a
/// successor when the signing key nears the end of its signing period (<see cref="KeyRotationPolicy"/>),
/// so a key is always published before it signs; keys past their publication end are dropped. When
/// the ring changes, <see cref="GetChangeToken"/> fires and OpenIddict rebuilds its options from it.
/// </summary>
public sealed partial class SigningKeyRing(
    IServiceProvider services, IOptions<IdentityServiceOptions> options, TimeProvider time, ILogger<SigningKeyRing> logger) : IHostedService, IDisposable
{
    // Every instance of the service takes this lock to load, so two never make a successor each.
    private const long LoadLockKey = 0x5349_474E_4B45_5953; // "SIGNKEYS"

    private readonly SigningKeyOptions _settings = options.Value.SigningKeys;
    private readonly Dictionary<string, X509Certificate2> _loaded = new(StringComparer.Ordinal);
    private volatile KeySet? _keys;
    private CancellationTokenSource _changed = new();
    private ITimer? _timer;

    /// <summary>Every published signing key (the next one included), newest first.</summary>
    public IReadOnlyList<X509Certificate2> SigningCertificates => Keys.Signing;

    /// <summary>Every encryption key still in use, newest (the one that encrypts) first.</summary>
    public IReadOnlyList<X509Certificate2> EncryptionCertificates => Keys.Encryption;

    /// <summary>The published keys as validation keys (for this service's own API).</summary>
    public IEnumerable<SecurityKey> ValidationKeys =>
        SigningCertificates.Select(certificate => new X509SecurityKey(certificate));

    private KeySet Keys => _keys ?? throw new InvalidOperationException("The signing keys are not loaded yet (the service is starting).");

    /// <summary>Fires once when the keys change (a key made, retired, or starting to sign).</summary>
    public IChangeToken GetChangeToken() => new CancellationChangeToken(_changed.Token);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        _timer = time.CreateTimer(_ => _ = ReloadAsync(), null, NextLoadDelay(), Timeout.InfiniteTimeSpan);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _timer?.Dispose();
        _changed.Dispose();
    }

    private async Task ReloadAsync()
    {
        try
        {
            await LoadAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The keys loaded last stay in use; the next attempt comes after the usual interval.
            LogReloadFailed(logger, exception);
        }

        _timer?.Change(NextLoadDelay(), Timeout.InfiniteTimeSpan);
    }

    /// <summary>Sooner than the interval when the next key starts signing before it.</summary>
    private TimeSpan NextLoadDelay()
    {
        var now = time.GetUtcNow();
        var nextStart = Keys.Signing.Select(key => new DateTimeOffset(key.NotBefore.ToUniversalTime())).Where(start => start > now).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
        var untilNext = nextStart == DateTimeOffset.MaxValue ? _settings.RefreshInterval : nextStart - now + TimeSpan.FromSeconds(1);
        return untilNext < _settings.RefreshInterval ? untilNext : _settings.RefreshInterval;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var policy = _settings.Policy;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityServiceDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LoadLockKey})", cancellationToken);
        var now = time.GetUtcNow();

        // Retired keys: no token they signed can still be valid.
        await db.SigningKeys.Where(key => key.NotAfter < now).ExecuteDeleteAsync(cancellationToken);
        var keys = await db.SigningKeys.AsNoTracking().ToListAsync(cancellationToken);

        var signing = keys.Where(key => key.Purpose == KeyPurpose.Signing).ToList();
        var windows = signing.Select(key => new KeyWindow(key.NotBefore, key.NotAfter - policy.TokenLifetime, key.NotAfter)).ToList();
        if (policy.NeedsSuccessor(windows, now))
        {
            // The very first key signs at once: its certificate is valid from a minute back, so
            // OpenIddict, which orders keys by their validity when it builds its options, takes it.
            var first = signing.Count == 0;
            var window = policy.WindowFrom(first ? now : policy.SuccessorStart(windows, now));
            var key = NewKey(KeyPurpose.Signing, first ? now.AddMinutes(-1) : window.SignsFrom, window.PublishedUntil);
            db.SigningKeys.Add(key);
            signing.Add(key);
            LogKeyCreated(logger, key.KeyId, window.SignsFrom, window.PublishedUntil);
        }

        var encryption = keys.Where(key => key.Purpose == KeyPurpose.Encryption).ToList();
        if (!encryption.Any(key => key.NotAfter >= now + policy.SigningPeriod))
        {
            // Codes and refresh tokens live for days at most; an encryption key lasts years. The
            // older one stays loaded (it still decrypts what it encrypted) until it expires.
            var key = NewKey(KeyPurpose.Encryption, now.AddMinutes(-1), now.AddYears(5));
            db.SigningKeys.Add(key);
            encryption.Add(key);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Publish(new KeySet(
            signing.OrderByDescending(key => key.NotAfter).Select(Load).ToList(),
            encryption.OrderByDescending(key => key.NotAfter).Select(Load).ToList(),
            signing.Where(key => key.NotBefore <= now).MaxBy(key => key.NotAfter)?.KeyId));
    }

    private void Publish(KeySet keys)
    {
        var previous = _keys;
        _keys = keys;
        if (previous is null || previous.Fingerprint == keys.Fingerprint)
        {
            return;
        }

        LogKeysChanged(logger, keys.SigningKeyId, keys.Signing.Count);
        var changed = Interlocked.Exchange(ref _changed, new CancellationTokenSource());
        changed.Cancel();
        changed.Dispose();
    }

    private X509Certificate2 Load(SigningKey key)
    {
        lock (_loaded)
        {
            // One certificate object per key for the service's life: options built earlier keep using theirs.
            if (!_loaded.TryGetValue(key.KeyId, out var certificate))
            {
                certificate = X509CertificateLoader.LoadPkcs12(key.Certificate, password: null, X509KeyStorageFlags.EphemeralKeySet);
                _loaded[key.KeyId] = certificate;
            }

            return certificate;
        }
    }

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

    /// <summary>The ring as loaded once; <see cref="SigningKeyId"/> is the key that signs at load time.</summary>
    private sealed record KeySet(IReadOnlyList<X509Certificate2> Signing, IReadOnlyList<X509Certificate2> Encryption, string? SigningKeyId)
    {
        public string Fingerprint { get; } =
            $"{SigningKeyId}|{string.Join(',', Signing.Select(key => key.Thumbprint))}|{string.Join(',', Encryption.Select(key => key.Thumbprint))}";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Signing key {KeyId} created: published now, signs from {SignsFrom}, published until {PublishedUntil}")]
    private static partial void LogKeyCreated(ILogger logger, string keyId, DateTimeOffset signsFrom, DateTimeOffset publishedUntil);

    [LoggerMessage(Level = LogLevel.Information, Message = "Key ring reloaded: key {SigningKeyId} signs, {Published} signing keys published")]
    private static partial void LogKeysChanged(ILogger logger, string? signingKeyId, int published);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reloading the key ring failed; the keys loaded before stay in use")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception);
}
