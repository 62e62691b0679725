using System.Runtime.Versioning;

namespace Consortium.AppHost.LocalServers;

/// <summary>
/// A server run by Aspire's orchestrator from Debian's binaries: its data folder (also its working
/// directory), its password parameter and its main endpoint "tcp". Subclasses say how a client
/// connects, in the shape of Aspire's own container integration for that server.
/// </summary>
[SupportedOSPlatform("linux")]
public abstract class LocalServerResource(string name, string command, string dataDirectory, ParameterResource password)
    : ExecutableResource(name, command, dataDirectory), IResourceWithConnectionString
{
    internal const string EndpointName = "tcp";

    private EndpointReference? _endpoint;

    public string DataDirectory { get; } = dataDirectory;

    public ParameterResource Password { get; } = password;

    public EndpointReference Endpoint => _endpoint ??= new(this, EndpointName);

    public abstract ReferenceExpression ConnectionStringExpression { get; }
}
