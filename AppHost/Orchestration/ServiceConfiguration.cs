using Consortium.Hosting;
using System.Globalization;
using System.Runtime.Versioning;
using Consortium.Hosting.Servers;
using Consortium.AppHost.Model;
using Consortium.Hosting.Security;
using Consortium.AppHost.Telemetry;

namespace Consortium.AppHost.Orchestration;

/// <summary>
/// The environment a service is started with, in exactly the shape .NET Aspire gives it, so a
/// service cannot tell which host started it: connection strings by resource name, endpoints of
/// the services it references, its own Kestrel endpoints (Aspire sets <c>Kestrel__Endpoints__&lt;name&gt;__Url</c>
/// for endpoints a project declares in its Kestrel configuration, as ours do: <c>http</c> is HTTP/1.1 and
/// <c>grpc</c> HTTP/2), OpenTelemetry settings, and the bearer
/// token settings. Telemetry goes to the AppHost's own OTLP/HTTP receiver, or, when the operator
/// named an endpoint, there instead (over gRPC).
/// </summary>
[SupportedOSPlatform("linux")]
public static class ServiceConfiguration
{
    public static IReadOnlyDictionary<string, string> For(
        ServiceResource service,
        ServiceEndpoints endpoints,
        IReadOnlyDictionary<string, ServiceEndpoints> allEndpoints,
        LocalInfrastructure infrastructure,
        DevelopmentTokens tokens,
        OtlpExport? otlp)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["Kestrel__Endpoints__http__Url"] = endpoints.Http.ToString().TrimEnd('/'),
            ["Kestrel__Endpoints__grpc__Url"] = endpoints.Grpc.ToString().TrimEnd('/'),
            ["OTEL_SERVICE_NAME"] = service.Name,
            ["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={Guid.NewGuid()}",
            // Logs without ANSI colours: the AppHost prefixes and colours each line itself.
            ["Logging__Console__FormatterName"] = "simple",
            ["Logging__Console__FormatterOptions__SingleLine"] = "true",
            ["Logging__Console__FormatterOptions__ColorBehavior"] = "Disabled",
        };

        if (service.Database is { } database)
        {
            environment[$"ConnectionStrings__{database}"] = infrastructure.Postgres.ConnectionString(database);
        }

        if (service.UsesMessaging)
        {
            environment[$"ConnectionStrings__{ResourceNames.RabbitMq}"] = infrastructure.RabbitMq.ConnectionString;
        }

        if (service.UsesCache)
        {
            environment[$"ConnectionStrings__{ResourceNames.Redis}"] = infrastructure.Redis.ConnectionString;
        }

        foreach (var reference in service.References)
        {
            var referenced = allEndpoints[reference];
            environment[$"services__{reference}__http__0"] = referenced.Http.ToString().TrimEnd('/');
            environment[$"services__{reference}__grpc__0"] = referenced.Grpc.ToString().TrimEnd('/');
        }

        if (otlp is not null)
        {
            environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp.Endpoint;
            environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = otlp.Protocol;
            // Export within a second or so, as Aspire has services do in development, so the operator
            // sees what just happened; metrics every 5 s (the SDK's default is a minute).
            environment["OTEL_BSP_SCHEDULE_DELAY"] = "1000";
            environment["OTEL_BLRP_SCHEDULE_DELAY"] = "1000";
            environment["OTEL_METRIC_EXPORT_INTERVAL"] = "5000";
        }

        foreach (var (key, value) in tokens.ServiceConfiguration())
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return environment;
    }
}

/// <summary>Where one service listens.</summary>
public sealed record ServiceEndpoints(Uri Http, Uri Grpc)
{
    public static ServiceEndpoints OnLoopback(int httpPort, int grpcPort) => new(
        new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{httpPort}")),
        new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{grpcPort}")));
}
