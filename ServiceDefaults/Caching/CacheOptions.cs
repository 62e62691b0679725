namespace Consortium.ServiceDefaults.Caching;

/// <summary>Configuration section <c>Cache</c>: how a service names its Redis keys and how long it waits for Redis.</summary>
public sealed class CacheOptions
{
    public const string SectionName = "Cache";

    /// <summary>
    /// Prefix of every key the service writes, so services (and test runs) sharing one Redis never
    /// collide. Defaults to the service's name and a colon.
    /// </summary>
    public string KeyPrefix { get; set; } = string.Empty;

    /// <summary>How long Redis is skipped (answers come from the database) after repeated failures.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long connecting to Redis may take before the attempt counts as failed.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one Redis command may take: a cache slower than this is no cache.</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromMilliseconds(500);
}
