using Consortium.ServiceDefaults.Auditing;
using Consortium.ServiceDefaults.Data;
using Consortium.ServiceDefaults.Idempotency;
using Consortium.ServiceDefaults.Messaging;
using Consortium.Submissions.Api;
using Consortium.Submissions.Data;
using Consortium.Submissions.Messaging;

namespace Consortium.Submissions;

/// <summary>The Submissions service's own wiring; the shared part is in ServiceDefaults.</summary>
public static class SubmissionsServiceExtensions
{
    /// <summary>Resource names, as the AppHost provides them.</summary>
    public const string ServiceName = "submissions";
    public const string DatabaseName = "submissions-db";

    public static IHostApplicationBuilder AddSubmissionsService(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<SubmissionsDbContext>(DatabaseName);
        builder.AddServiceMessaging<SubmissionsDbContext>(ServiceName, SubmissionsConsumers.Add);
        builder.Services.AddScoped<IdempotentRequests<SubmissionsDbContext>>();
        builder.AddAuditStore<SubmissionsDbContext>();
        return builder;
    }

    public static WebApplication MapSubmissionsService(this WebApplication app)
    {
        app.MapGrpcService<SubmissionsApi>();
        app.MapAuditTrail();
        return app;
    }
}
