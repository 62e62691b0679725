using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Consortium.ServiceDefaults.Health;

/// <summary>
/// <c>/alive</c> answers whether the process works at all (restart it if not); <c>/health</c>
/// whether it can serve, dependencies included (send it traffic only if so). Both exist in every
/// environment, because cluster probes and the AppHost rely on them, and the gRPC health service
/// reports the same readiness to gRPC-native probes.
/// </summary>
public static class HealthEndpoints
{
    public const string LivenessPath = "/alive";
    public const string ReadinessPath = "/health";

    /// <summary>Tag of checks that say the process itself is alive.</summary>
    public const string LiveTag = "live";

    /// <summary>Tag of checks that must pass before the service takes traffic.</summary>
    public const string ReadyTag = "ready";

    public static bool IsProbe(PathString path) =>
        path.StartsWithSegments(LivenessPath) || path.StartsWithSegments(ReadinessPath);

    public static IHostApplicationBuilder AddConsortiumHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);

        builder.Services.AddGrpcHealthChecks(options =>
            options.Services.Map(string.Empty, registration => registration.Tags.Contains(ReadyTag)));
        return builder;
    }

    public static WebApplication MapConsortiumHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(ReadinessPath, new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(ReadyTag) || registration.Tags.Contains(LiveTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).AllowAnonymous();

        app.MapHealthChecks(LivenessPath, new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(LiveTag),
        }).AllowAnonymous();

        app.MapGrpcHealthChecksService().AllowAnonymous();
        return app;
    }
}
