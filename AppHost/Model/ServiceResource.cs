using Consortium.Hosting;
namespace Consortium.AppHost.Model;

/// <summary>
/// One of our services as the AppHost runs it: which project, which infrastructure it uses, and
/// on which ports it listens. Endpoints follow the services' Kestrel configuration: <c>http</c>
/// (HTTP/1.1: JSON transcoding, health) and <c>grpc</c> (HTTP/2 cleartext).
/// </summary>
public sealed record ServiceResource
{
    /// <summary>Resource name (kebab-case), e.g. <c>districts</c>; also the service-discovery name.</summary>
    public required string Name { get; init; }

    /// <summary>Project folder relative to the repository root, e.g. <c>services/Districts</c>.</summary>
    public required string ProjectDirectory { get; init; }

    /// <summary>Assembly name, e.g. <c>Consortium.Districts</c>.</summary>
    public required string AssemblyName { get; init; }

    /// <summary>The service's own database (a resource name from <see cref="ResourceNames"/>), if any.</summary>
    public string? Database { get; init; }

    public bool UsesMessaging { get; init; }

    public bool UsesCache { get; init; }

    /// <summary>Services this one calls; started first, and passed to it for service discovery.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>Preferred ports; when taken, the AppHost picks free ones and prints them.</summary>
    public required int HttpPort { get; init; }

    public required int GrpcPort { get; init; }
}
