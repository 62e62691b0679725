namespace Consortium.ServiceDefaults.Caching;

/// <summary>Configuration section <c>Cache</c>: how a service names its Redis keys.</summary>
public sealed class CacheOptions
{
    public const string SectionName = "Cache";

    /// <summary>
    /// Prefix of every key the service writes, so services (and test runs) sharing one Redis never
    /// collide. Defaults to the service's name and a colon.
    /// </summary>
    public string KeyPrefix { get; set; } = string.Empty;
}
