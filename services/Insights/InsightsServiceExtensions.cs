using Consortium.Insights.Api;
using Consortium.Insights.Data;
using Consortium.Insights.Messaging;
using Consortium.Insights.Projections;
using Consortium.ServiceDefaults.Caching;
using Consortium.ServiceDefaults.Data;
using Consortium.ServiceDefaults.Messaging;

namespace Consortium.Insights;

/// <summary>The Insights service's own wiring; the shared part is in ServiceDefaults.</summary>
public static class InsightsServiceExtensions
{
    /// <summary>Resource names, as the AppHost provides them.</summary>
    public const string ServiceName = "insights";
    public const string DatabaseName = "insights-db";

    public static IHostApplicationBuilder AddInsightsService(this IHostApplicationBuilder builder)
    {
        // The read model: learnt from events only (Messaging/ → Projections/ → Data/).
        builder.AddServiceDatabase<InsightsDbContext>(DatabaseName);
        builder.AddServiceMessaging<InsightsDbContext>(ServiceName, InsightsConsumers.Add);
        builder.AddConsortiumRedis(ServiceName);
        builder.Services.AddSingleton<CacheGenerations>();
        builder.Services.AddScoped<ReadModelChanges>();
        builder.Services.AddScoped<IReadModelChanges>(services => services.GetRequiredService<ReadModelChanges>());
        builder.Services.AddScoped<ContributionProjection>();
        builder.Services.AddScoped<DistrictProjection>();
        builder.Services.AddScoped<SubmissionProjection>();
        builder.Services.AddScoped<ReadModelRebuild>();
        builder.Services.AddOptions<ReadModelRebuildOptions>().BindConfiguration(ReadModelRebuildOptions.SectionName);
        builder.Services.AddHostedService<PeriodicRebuild>();
        builder.Services.AddHostedService<CacheMovesHousekeeping>();
        builder.Services.AddScoped<PublishedBenchStore>();

        // The API (Api/): its own registrations go here.
        builder.AddInsightsApi();
        return builder;
    }

    public static WebApplication MapInsightsService(this WebApplication app)
    {
        app.MapInsightsApi();
        return app;
    }
}
