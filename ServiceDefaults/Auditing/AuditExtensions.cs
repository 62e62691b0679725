using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Consortium.ServiceDefaults.Auditing;

public static class AuditExtensions
{
    /// <summary>
    /// The audit store of a service whose <typeparamref name="TContext"/> maps it
    /// (<see cref="AuditModel.AddAuditStore"/>): <see cref="AuditTrail"/> to write it and
    /// <see cref="AuditTrailApi"/> to list it, both over the request's own database context.
    /// </summary>
    public static IHostApplicationBuilder AddAuditStore<TContext>(this IHostApplicationBuilder builder)
        where TContext : DbContext
    {
        builder.Services.AddScoped(services => new AuditTrail(
            services.GetRequiredService<TContext>(),
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<AuditTrail>>()));
        builder.Services.AddScoped(services => new AuditTrailApi(services.GetRequiredService<TContext>()));
        return builder;
    }

    /// <summary>Serves <c>consortium.audit.v1.AuditTrail</c> (gRPC and <c>GET /v1/audit-entries</c>).</summary>
    public static WebApplication MapAuditTrail(this WebApplication app)
    {
        app.MapGrpcService<AuditTrailApi>();
        return app;
    }
}
