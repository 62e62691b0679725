using Consortium.ServiceDefaults.Outages;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using StackExchange.Redis;

namespace Consortium.ServiceDefaults.Caching;

/// <summary>
/// The one way services talk to Redis: a cache may make a call faster, never slower, never wrong.
/// <list type="bullet">
/// <item>Fast failure: short timeouts (see <see cref="RedisExtensions"/>), no command waits for a lost
/// connection, and a circuit breaker skips Redis entirely for a while after repeated failures, so
/// with Redis down answers come from PostgreSQL at their usual speed.</item>
/// <item>Never stale: <see cref="Epoch"/> is part of every cache key and moves whenever this
/// process cannot be sure Redis saw every invalidation — at start, when the connection fails or is
/// restored (Redis may have restarted from an older append-only file), and when an operation fails
/// (an invalidation may have been lost). Entries written under an older epoch are never read again
/// and simply expire.</item>
/// </list>
/// The outage is logged once through <see cref="OutageLog"/>.
/// </summary>
public sealed class CacheGuard
{
    private readonly IConnectionMultiplexer _redis;
    private readonly OutageLog _outages;
    private readonly ResiliencePipeline _breaker;

    // Unique per process: a restarted service cannot trust what its predecessor left behind.
    private readonly string _processId = Guid.NewGuid().ToString("N")[..8];
    private long _epoch;

    public CacheGuard(IConnectionMultiplexer redis, OutageLog outages, IOptions<CacheOptions> options)
    {
        _redis = redis;
        _outages = outages;
        _breaker = new ResiliencePipelineBuilder()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<RedisException>().Handle<TimeoutException>(),
                FailureRatio = 0.5,
                MinimumThroughput = 2,
                SamplingDuration = TimeSpan.FromSeconds(5),
                BreakDuration = options.Value.BreakDuration,
            })
            .Build();
        redis.ConnectionFailed += (_, _) => NewEpoch();
        redis.ConnectionRestored += (_, _) => NewEpoch();
    }

    /// <summary>Part of every cache key: entries from an older epoch are never read.</summary>
    public string Epoch => $"{_processId}.{Interlocked.Read(ref _epoch)}";

    /// <summary>
    /// Runs <paramref name="operation"/> against Redis. Returns <c>false</c> (and no value) when Redis
    /// is unreachable, slow or its circuit is open; the caller then goes to the database.
    /// </summary>
    public async Task<(bool Succeeded, T? Value)> TryAsync<T>(Func<IDatabase, Task<T>> operation)
    {
        try
        {
            if (!_redis.IsConnected)
            {
                throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "Redis is not connected.");
            }

            var value = await _breaker.ExecuteAsync(async _ => await operation(_redis.GetDatabase()));
            _outages.Succeeded(UnreachableServers.Cache);
            return (true, value);
        }
        catch (BrokenCircuitException)
        {
            // Redis is known to be down; this call goes straight to the database. Had it been an
            // invalidation, it is lost: so is every entry that it should have retired.
            NewEpoch();
            return (false, default);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            NewEpoch();
            _outages.Failed(UnreachableServers.Cache, exception);
            return (false, default);
        }
    }

    /// <summary>Like <see cref="TryAsync{T}"/> for an operation without a result.</summary>
    public async Task<bool> TryAsync(Func<IDatabase, Task> operation) =>
        (await TryAsync(async database =>
        {
            await operation(database);
            return true;
        })).Succeeded;

    private void NewEpoch() => Interlocked.Increment(ref _epoch);
}
