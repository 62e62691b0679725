using Consortium.ServiceDefaults.Health;
using Consortium.ServiceDefaults.Outages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Consortium.ServiceDefaults.Caching;

public static class RedisExtensions
{
    /// <summary>The connection name every service uses for Redis (an Aspire-style resource name).</summary>
    public const string ConnectionName = "cache";

    /// <summary>
    /// Registers one shared <see cref="IConnectionMultiplexer"/> from <c>ConnectionStrings:cache</c>,
    /// the service's <see cref="CacheOptions"/>, and a readiness check on Redis. The connection is made lazily and keeps retrying in the
    /// background, so a Redis outage degrades the service instead of stopping it from starting.
    /// </summary>
    public static IHostApplicationBuilder AddConsortiumRedis(this IHostApplicationBuilder builder, string serviceName)
    {
        builder.Services.AddOptions<CacheOptions>()
            .BindConfiguration(CacheOptions.SectionName)
            .PostConfigure(options => options.KeyPrefix = string.IsNullOrEmpty(options.KeyPrefix) ? $"{serviceName}:" : options.KeyPrefix);

        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} is not configured.");

        builder.Services.AddSingleton<IConnectionMultiplexer>(services =>
        {
            var cache = services.GetRequiredService<IOptions<CacheOptions>>().Value;
            var options = ConfigurationOptions.Parse(connectionString);
            options.AbortOnConnectFail = false;
            // Short timeouts and no queueing while disconnected: with Redis down a command fails at
            // once and the answer comes from the database at its usual speed (it took ~6 s before).
            options.ConnectTimeout = (int)cache.ConnectTimeout.TotalMilliseconds;
            options.SyncTimeout = (int)cache.OperationTimeout.TotalMilliseconds;
            options.AsyncTimeout = (int)cache.OperationTimeout.TotalMilliseconds;
            options.BacklogPolicy = BacklogPolicy.FailFast;
            return ConnectionMultiplexer.Connect(options);
        });
        builder.Services.AddConsortiumOutageLog();
        builder.Services.AddSingleton<CacheGuard>();
        builder.Services.AddHealthChecks()
            .AddCheck<RedisHealthCheck>("redis", failureStatus: HealthStatus.Degraded, tags: [HealthEndpoints.ReadyTag], timeout: TimeSpan.FromSeconds(5));
        return builder;
    }
}
