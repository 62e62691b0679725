using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Consortium.ServiceDefaults.Security;

/// <summary>
/// The identity service's discovery document and published keys, as a service holds them. Unlike
/// the stock <see cref="ConfigurationManager{T}"/>, which refreshes in the background and lets the
/// call that met an unknown key fail, a refresh requested for a token signed by a key not yet held
/// (the identity service rotated while this service was quiet) is fetched before that token is
/// validated again, so a rotation never costs a caller an UNAUTHENTICATED. Requests are honoured at
/// most once per <see cref="BaseConfigurationManager.RefreshInterval"/>, so tokens with made-up key
/// ids cannot make the service hammer the identity service.
/// </summary>
public sealed partial class AuthorityKeySet : BaseConfigurationManager, IConfigurationManager<OpenIdConnectConfiguration>, IDisposable
{
    private readonly string _metadataAddress;
    private readonly IDocumentRetriever _retriever;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _fetching = new(1, 1);
    private OpenIdConnectConfiguration? _current;
    // UTC ticks, read without the lock: a long is read whole, a DateTimeOffset is not.
    private long _fetchedAtTicks;
    private long _lastRequestedTicks;
    private volatile bool _refreshRequested;

    public AuthorityKeySet(string metadataAddress, IDocumentRetriever retriever, TimeProvider time, ILogger logger)
    {
        _metadataAddress = metadataAddress;
        _retriever = retriever;
        _time = time;
        _logger = logger;
        MetadataAddress = metadataAddress;
        RefreshInterval = TimeSpan.FromSeconds(30);
    }

    public override async Task<BaseConfiguration> GetBaseConfigurationAsync(CancellationToken cancel) =>
        await GetConfigurationAsync(cancel).ConfigureAwait(false);

    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel)
    {
        var current = _current;
        if (current is not null && !IsDue())
        {
            return current;
        }

        await _fetching.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            if (_current is not null && !IsDue())
            {
                return _current;
            }

            _refreshRequested = false;
            try
            {
                _current = await OpenIdConnectConfigurationRetriever.GetAsync(_metadataAddress, _retriever, cancel).ConfigureAwait(false);
                Volatile.Write(ref _fetchedAtTicks, _time.GetUtcNow().UtcTicks);
                LogFetched(_logger, _metadataAddress, _current.JsonWebKeySet?.Keys.Count ?? 0);
            }
            catch (Exception exception) when (_current is not null && exception is not OperationCanceledException)
            {
                // The keys held stay in use; the next request or interval tries again.
                Volatile.Write(ref _fetchedAtTicks, (_time.GetUtcNow() - AutomaticRefreshInterval + RefreshInterval).UtcTicks);
                LogFetchFailed(_logger, exception, _metadataAddress);
            }

            return _current;
        }
        finally
        {
            _fetching.Release();
        }
    }

    public override void RequestRefresh()
    {
        // Of callers arriving at once, the one that moves the time requests the refresh.
        var now = _time.GetUtcNow().UtcTicks;
        var last = Volatile.Read(ref _lastRequestedTicks);
        if (now - last >= RefreshInterval.Ticks && Interlocked.CompareExchange(ref _lastRequestedTicks, now, last) == last)
        {
            _refreshRequested = true;
        }
    }

    public void Dispose() => _fetching.Dispose();

    private bool IsDue() =>
        _refreshRequested || _time.GetUtcNow() - new DateTimeOffset(Volatile.Read(ref _fetchedAtTicks), TimeSpan.Zero) >= AutomaticRefreshInterval;

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetched the authority's keys from {MetadataAddress}: {KeyCount} signing keys")]
    private static partial void LogFetched(ILogger logger, string metadataAddress, int keyCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fetching the authority's keys from {MetadataAddress} failed; the keys held stay in use")]
    private static partial void LogFetchFailed(ILogger logger, Exception exception, string metadataAddress);
}
