using System.Runtime.Versioning;

namespace Consortium.AppHost.LocalServers;

/// <summary>Redis run by Aspire's orchestrator from Debian's binary, password protected, on 127.0.0.1.</summary>
[SupportedOSPlatform("linux")]
public sealed class LocalRedisResource(string name, string command, string dataDirectory, ParameterResource password)
    : ExecutableResource(name, command, dataDirectory), IResourceWithConnectionString
{
    internal const string EndpointName = "tcp";

    private EndpointReference? _endpoint;

    public string DataDirectory { get; } = dataDirectory;

    public ParameterResource Password { get; } = password;

    public EndpointReference Endpoint => _endpoint ??= new(this, EndpointName);

    // The shape Aspire.Hosting.Redis gives: host:port,password=…
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"{Endpoint.Property(EndpointProperty.Host)}:{Endpoint.Property(EndpointProperty.Port)},password={Password}");
}
