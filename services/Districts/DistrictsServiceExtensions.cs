using Consortium.Districts.Api;
using Consortium.Districts.Data;
using Consortium.ServiceDefaults.Caching;
using Consortium.ServiceDefaults.Data;
using Consortium.ServiceDefaults.Idempotency;
using Consortium.ServiceDefaults.Messaging;

namespace Consortium.Districts;

/// <summary>The Districts service's own wiring; the shared part is in ServiceDefaults.</summary>
public static class DistrictsServiceExtensions
{
    /// <summary>Resource names, as the AppHost provides them.</summary>
    public const string ServiceName = "districts";
    public const string DatabaseName = "districts-db";

    public static IHostApplicationBuilder AddDistrictsService(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<DistrictsDbContext>(DatabaseName);
        builder.AddServiceMessaging<DistrictsDbContext>(ServiceName);
        builder.AddConsortiumRedis(ServiceName);
        builder.Services.AddScoped<IdempotentRequests<DistrictsDbContext>>();
        builder.Services.AddSingleton<DistrictDirectoryCache>();
        return builder;
    }

    public static WebApplication MapDistrictsService(this WebApplication app)
    {
        app.MapGrpcService<DistrictsApi>();
        return app;
    }
}
