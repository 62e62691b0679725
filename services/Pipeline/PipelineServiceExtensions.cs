using Consortium.Pipeline.Api;
using Consortium.Pipeline.Data;
using Consortium.Pipeline.Messaging;
using Consortium.ServiceDefaults.Auditing;
using Consortium.ServiceDefaults.Data;
using Consortium.ServiceDefaults.Idempotency;
using Consortium.ServiceDefaults.Messaging;

namespace Consortium.Pipeline;

/// <summary>The Pipeline service's own wiring; the shared part is in ServiceDefaults.</summary>
public static class PipelineServiceExtensions
{
    /// <summary>Resource names, as the AppHost provides them.</summary>
    public const string ServiceName = "pipeline";
    public const string DatabaseName = "pipeline-db";

    public static IHostApplicationBuilder AddPipelineService(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<PipelineDbContext>(DatabaseName);
        builder.AddServiceMessaging<PipelineDbContext>(ServiceName, DistrictConsumers.Add);
        builder.Services.AddScoped<IdempotentRequests<PipelineDbContext>>();
        builder.Services.AddScoped<SuccessionCoverageRecorder>();
        builder.AddAuditStore<PipelineDbContext>();
        return builder;
    }

    public static WebApplication MapPipelineService(this WebApplication app)
    {
        app.MapGrpcService<PipelineApi>();
        app.MapAuditTrail();
        return app;
    }
}
