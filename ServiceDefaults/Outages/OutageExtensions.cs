using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Consortium.ServiceDefaults.Outages;

public static class OutageExtensions
{
    /// <summary>One <see cref="OutageLog"/> per process: the API, the outbox and the consumers report to the same one.</summary>
    public static IServiceCollection AddConsortiumOutageLog(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutageLog>();
        return services;
    }
}
