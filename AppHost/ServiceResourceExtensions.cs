using System.Net.Http.Json;
using Consortium.Hosting.Servers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Consortium.AppHost;

/// <summary>What every Consortium service gets from the app host besides its references.</summary>
internal static class ServiceResourceExtensions
{
    // One client for every readiness check: a new one per check would leave sockets behind.
    private static readonly HttpClient s_healthClient = new() { Timeout = TimeSpan.FromSeconds(5) };

    /// <summary>
    /// An HTTP/1.1 endpoint "http" (JSON transcoding, health, OpenAPI) and a plaintext HTTP/2
    /// endpoint "grpc", written as Kestrel endpoints: plaintext gRPC needs an HTTP/2-only
    /// endpoint, which ASPNETCORE_URLS cannot say. Clients reach the process itself (ADR 24).
    /// </summary>
    public static IResourceBuilder<BuiltProgramResource> WithServiceEndpoints(this IResourceBuilder<BuiltProgramResource> service, int httpPort, int grpcPort)
    {
        service
            .WithDirectHttpEndpoint("http", httpPort)
            .WithDirectHttpEndpoint("grpc", grpcPort)
            .WithEndpoint("grpc", endpoint => endpoint.Transport = "http2");
        var http = service.GetEndpoint("http");
        var grpc = service.GetEndpoint("grpc");
        return service
            // The app host's environment (Development when run locally): the OpenAPI page and
            // detailed errors are Development features; a program started without a launch profile
            // would otherwise run as Production.
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", service.ApplicationBuilder.Environment.EnvironmentName)
            .WithEnvironment(context =>
            {
                context.EnvironmentVariables["Kestrel__Endpoints__http__Url"] = ReferenceExpression.Create($"http://localhost:{http.Property(EndpointProperty.TargetPort)}");
                context.EnvironmentVariables["Kestrel__Endpoints__http__Protocols"] = "Http1";
                context.EnvironmentVariables["Kestrel__Endpoints__grpc__Url"] = ReferenceExpression.Create($"http://localhost:{grpc.Property(EndpointProperty.TargetPort)}");
                context.EnvironmentVariables["Kestrel__Endpoints__grpc__Protocols"] = "Http2";
            })
            .WithReadinessCheck(http)
            .WithUrlForEndpoint("http", url => url.DisplayText = "JSON API (http)")
            .WithUrlForEndpoint("grpc", url => url.DisplayText = "gRPC")
            .WithUrl(ReferenceExpression.Create($"{http}/health"), "Health")
            .WithUrl(ReferenceExpression.Create($"{http}/openapi"), "API description (OpenAPI)");
    }

    /// <summary>
    /// The Web's one endpoint, as Aspire writes a project's endpoints for ASP.NET Core
    /// (<c>ASPNETCORE_URLS</c>); a program started directly gets no endpoint variables of its own.
    /// Ready, like a service, when its <c>/health</c> says Healthy.
    /// </summary>
    public static IResourceBuilder<BuiltProgramResource> WithWebEndpoint(this IResourceBuilder<BuiltProgramResource> web, int port)
    {
        web.WithDirectHttpEndpoint("http", port);
        var http = web.GetEndpoint("http");
        return web.WithEnvironment("ASPNETCORE_URLS", ReferenceExpression.Create($"http://localhost:{http.Property(EndpointProperty.TargetPort)}"))
            .WithReadinessCheck(http);
    }

    /// <summary>
    /// An endpoint the process listens on itself, not behind the orchestrator's proxy: when the
    /// process dies, a client's connection is refused or reset at once (UNAVAILABLE, which every
    /// gRPC client retries) instead of hanging in a proxy that holds it open until the new process
    /// serves (ADR 24). The port is <paramref name="port"/>, or a free one when the app host was
    /// asked to randomise ports (the end-to-end tests, which may run beside a started platform).
    /// </summary>
    public static IResourceBuilder<BuiltProgramResource> WithDirectHttpEndpoint(this IResourceBuilder<BuiltProgramResource> service, string name, int port)
    {
        if (service.ApplicationBuilder.Configuration.GetValue<bool>("DcpPublisher:RandomizePorts"))
        {
            port = FreePorts.Take();
        }

        return service.WithHttpEndpoint(port: port, targetPort: port, name: name, isProxied: false);
    }

    /// <summary>
    /// Healthy only when the service's own <c>/health</c> says Healthy: a service whose message
    /// bus has not started yet answers 200 with "Degraded" (it still takes writes, its outbox keeps
    /// the events), but its queues may not be bound yet, so a resource waiting for it must wait on.
    /// </summary>
    private static IResourceBuilder<BuiltProgramResource> WithReadinessCheck(this IResourceBuilder<BuiltProgramResource> service, EndpointReference http)
    {
        var key = service.ApplicationBuilder.AddPromptReadinessCheck($"{service.Resource.Name}-health", async cancellationToken =>
        {
            try
            {
                using var response = await s_healthClient.GetAsync(new Uri($"{http.Url}/health"), cancellationToken);
                var report = await response.Content.ReadFromJsonAsync<HealthReportStatus>(cancellationToken);
                return report?.Status switch
                {
                    "Healthy" => HealthCheckResult.Healthy(),
                    "Degraded" => HealthCheckResult.Degraded("/health reports Degraded"),
                    var status => HealthCheckResult.Unhealthy($"/health answered {(int)response.StatusCode} {status}"),
                };
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
            {
                return HealthCheckResult.Unhealthy("/health does not answer", exception);
            }
        });
        return service.WithHealthCheck(key);
    }

    private sealed record HealthReportStatus(string? Status);

    /// <summary>
    /// The service trusts the identity service's tokens and no others (issue 11, ADR 23): its
    /// discovery document and published keys, audience <c>consortium-api</c>; no key is handed to
    /// it. It waits for the identity service, because a bearer handler that cannot read the
    /// authority's metadata refuses every token.
    /// </summary>
    public static IResourceBuilder<T> WithIdentityAuthority<T>(this IResourceBuilder<T> resource, IResourceBuilder<BuiltProgramResource> identity)
        where T : IResourceWithEnvironment, IResourceWithWaitSupport => resource
            // The issuer is the identity service's allocated address (Identity__Issuer is set the same way).
            .WithEnvironment("Authentication__Schemes__Bearer__Authority", ReferenceExpression.Create($"{identity.GetEndpoint("http")}/"))
            .WithEnvironment("Authentication__Schemes__Bearer__ValidAudiences__0", IdentityAudience)
            .WaitFor(identity);

    // The audience of the identity service's access tokens (services/Identity IdentityNames.ApiAudience).
    private const string IdentityAudience = "consortium-api";

    /// <summary>
    /// Telemetry goes to the Aspire dashboard, unless the app host itself was started with the
    /// standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>: then to that collector (OTLP/gRPC unless
    /// <c>OTEL_EXPORTER_OTLP_PROTOCOL</c> says otherwise). Every trace is kept unless the app host
    /// was started with the standard <c>OTEL_TRACES_SAMPLER</c> (and <c>OTEL_TRACES_SAMPLER_ARG</c>),
    /// e.g. <c>parentbased_traceidratio</c> and <c>0.1</c>: every program then samples so. Metrics
    /// are exported every second (Aspire's development default) unless the app host was started
    /// with the standard <c>OTEL_METRIC_EXPORT_INTERVAL</c> (milliseconds): at 10000 the dashboard
    /// takes about half the CPU it takes idle at one second (ADR 29).
    /// </summary>
    public static IResourceBuilder<T> WithTelemetryExport<T>(this IResourceBuilder<T> resource)
        where T : IResourceWithEnvironment
    {
        foreach (var setting in (string[])["OTEL_TRACES_SAMPLER", "OTEL_TRACES_SAMPLER_ARG", "OTEL_METRIC_EXPORT_INTERVAL"])
        {
            if (Environment.GetEnvironmentVariable(setting) is { Length: > 0 } value)
            {
                resource.WithEnvironment(setting, value);
            }
        }

        if (Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT") is not { Length: > 0 } collector)
        {
            return resource;
        }

        return resource.WithEnvironment(context =>
        {
            context.EnvironmentVariables["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector;
            context.EnvironmentVariables["OTEL_EXPORTER_OTLP_PROTOCOL"] = Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_PROTOCOL") ?? "grpc";
            context.EnvironmentVariables.Remove("OTEL_EXPORTER_OTLP_HEADERS"); // the dashboard's API key is not the collector's
        });
    }
}
