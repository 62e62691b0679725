using Consortium.Identity.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using OpenIddict.Client;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Consortium.Identity.Federation;

/// <summary>
/// The OpenIddict client's registrations, one per enabled district provider, built from the
/// database. OpenIddict reads its options through <see cref="IOptionsMonitor{TOptions}"/> on every
/// request, so when the providers change this source fires its change token and the options are
/// built again with the new registrations: a provider staff add or change works without a
/// restart. Each instance compares the table's stamp (count and latest change) with what it
/// loaded when a federated sign-in starts or returns, so every instance catches up with a change
/// made through another.
/// </summary>
public sealed partial class ExternalProviderRegistrations(
    IServiceScopeFactory scopes, IDataProtectionProvider protection, ILogger<ExternalProviderRegistrations> logger)
    : IConfigureOptions<OpenIddictClientOptions>, IOptionsChangeTokenSource<OpenIddictClientOptions>, IDisposable
{
    /// <summary>The client's redirection endpoint (register it at the district's provider).</summary>
    public const string CallbackPath = "account/external/callback";

    private readonly SemaphoreSlim _reloading = new(1, 1);
    private volatile Loaded _loaded = new([], Stamp.None);
    private CancellationTokenSource _changed = new();

    /// <summary>Data Protection purpose of the providers' client secrets.</summary>
    public static IDataProtector SecretProtector(IDataProtectionProvider protection) =>
        protection.CreateProtector("Consortium.Identity.ExternalProviders.ClientSecret");

    public string Name => Options.DefaultName;

    /// <summary>The enabled providers, as last loaded (what the sign-in page offers).</summary>
    public IReadOnlyList<ProviderRegistration> Providers => _loaded.Providers;

    public IChangeToken GetChangeToken() => new CancellationChangeToken(_changed.Token);

    public void Configure(OpenIddictClientOptions options)
    {
        foreach (var provider in _loaded.Providers)
        {
            var registration = new OpenIddictClientRegistration
            {
                RegistrationId = provider.Id.ToString(),
                Issuer = provider.Issuer,
                ProviderDisplayName = provider.DisplayName,
                ClientId = provider.ClientId,
                ClientSecret = provider.ClientSecret,
                RedirectUri = new Uri(CallbackPath, UriKind.Relative),
            };
            registration.Scopes.UnionWith([Scopes.Email, Scopes.Profile]);
            options.Registrations.Add(registration);
        }
    }

    /// <summary>Reloads the registrations when the providers table changed since they were loaded.</summary>
    public async Task EnsureCurrentAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityServiceDbContext>();
        if (await StampAsync(db, cancellationToken) == _loaded.Stamp)
        {
            return;
        }

        await _reloading.WaitAsync(cancellationToken);
        try
        {
            var stamp = await StampAsync(db, cancellationToken);
            if (stamp == _loaded.Stamp)
            {
                return;
            }

            var rows = await db.ExternalProviders.AsNoTracking().Where(p => p.DisabledAt == null).OrderBy(p => p.CreatedAt).ToListAsync(cancellationToken);
            var secrets = SecretProtector(protection);
            _loaded = new Loaded(rows.Select(row => new ProviderRegistration(
                row.Id, row.DistrictId, row.DisplayName, new Uri(row.Issuer), row.ClientId, secrets.Unprotect(row.ProtectedClientSecret))).ToList(), stamp);
            var previous = _changed;
            _changed = new CancellationTokenSource();
            await previous.CancelAsync();
            previous.Dispose();
            LogReloaded(logger, rows.Count);
        }
        finally
        {
            _reloading.Release();
        }
    }

    public void Dispose()
    {
        _changed.Dispose();
        _reloading.Dispose();
    }

    private static async Task<Stamp> StampAsync(IdentityServiceDbContext db, CancellationToken cancellationToken)
    {
        var count = await db.ExternalProviders.CountAsync(cancellationToken);
        var latest = count == 0 ? DateTimeOffset.MinValue : await db.ExternalProviders.MaxAsync(p => p.UpdatedAt, cancellationToken);
        return new Stamp(count, latest);
    }

    [LoggerMessage(Level = LogLevel.Information, EventName = "ExternalProvidersLoaded", Message = "Loaded {Count} enabled external providers as OpenIddict client registrations")]
    private static partial void LogReloaded(ILogger logger, int count);

    private readonly record struct Stamp(int Count, DateTimeOffset Latest)
    {
        public static readonly Stamp None = new(-1, DateTimeOffset.MinValue);
    }

    private sealed record Loaded(IReadOnlyList<ProviderRegistration> Providers, Stamp Stamp);
}

/// <summary>An enabled provider as the client uses it (the secret unprotected, in memory only).</summary>
public sealed record ProviderRegistration(Guid Id, Guid DistrictId, string DisplayName, Uri Issuer, string ClientId, string ClientSecret);
