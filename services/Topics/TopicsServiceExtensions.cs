using Consortium.ServiceDefaults.Data;
using Consortium.ServiceDefaults.Idempotency;
using Consortium.ServiceDefaults.Messaging;
using Consortium.Topics.Api;
using Consortium.Topics.Data;
using Consortium.Topics.Scheduling;

namespace Consortium.Topics;

/// <summary>
/// The Topics service's own wiring; the shared part is in ServiceDefaults. No Redis: topic lists
/// are small, read from one indexed table, and change rarely enough that a cache would add an
/// invalidation path without a measurable gain.
/// </summary>
public static class TopicsServiceExtensions
{
    /// <summary>Resource names, as the AppHost provides them.</summary>
    public const string ServiceName = "topics";
    public const string DatabaseName = "topics-db";

    public static IHostApplicationBuilder AddTopicsService(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<TopicsDbContext>(DatabaseName);
        builder.AddServiceMessaging<TopicsDbContext>(ServiceName);
        builder.Services.AddScoped<IdempotentRequests<TopicsDbContext>>();
        builder.Services.AddOptions<CycleSchedulerOptions>().BindConfiguration(CycleSchedulerOptions.SectionName);
        builder.Services.AddScoped<CycleWindow>();
        builder.Services.AddHostedService<CycleScheduler>();
        return builder;
    }

    public static WebApplication MapTopicsService(this WebApplication app)
    {
        app.MapGrpcService<TopicsApi>();
        return app;
    }
}
