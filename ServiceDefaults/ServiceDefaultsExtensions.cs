using Consortium.ServiceDefaults.Data;
using Consortium.ServiceDefaults.Grpc;
using Consortium.ServiceDefaults.Health;
using Consortium.ServiceDefaults.Security;
using Consortium.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Consortium.ServiceDefaults;

/// <summary>
/// The two calls every service's Program.cs makes: <see cref="AddServiceDefaults"/> while
/// building, <see cref="MapDefaultEndpoints"/> once built. Everything a service shares with the
/// others is wired here, so no service wires it differently.
/// </summary>
public static class ServiceDefaultsExtensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddSingleton<TimeProvider>(DatabaseTimeProvider.Instance);
        builder.AddConsortiumTelemetry();
        builder.AddConsortiumHealthChecks();
        builder.AddConsortiumSecurity();
        builder.AddConsortiumGrpc();
        builder.AddConsortiumApiDescription();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        return builder;
    }

    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        // Before authorization: the API description is public, and its middleware is no endpoint
        // (the fallback policy would ask it for a token).
        app.MapConsortiumApiDescription();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapConsortiumHealthEndpoints();
        app.MapConsortiumGrpcEndpoints();
        return app;
    }
}
