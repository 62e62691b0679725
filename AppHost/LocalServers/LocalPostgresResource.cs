using System.Runtime.Versioning;

namespace Consortium.AppHost.LocalServers;

/// <summary>
/// PostgreSQL run by Aspire's orchestrator from Debian's binaries (no container runtime needed),
/// its data in the state folder. Services receive the same connection strings as from
/// Aspire.Hosting.PostgreSQL's container resource.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class LocalPostgresResource(string name, string command, string dataDirectory, ParameterResource password)
    : ExecutableResource(name, command, dataDirectory), IResourceWithConnectionString
{
    internal const string EndpointName = "tcp";

    private EndpointReference? _endpoint;

    public string DataDirectory { get; } = dataDirectory;

    public ParameterResource Password { get; } = password;

    public EndpointReference Endpoint => _endpoint ??= new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host={Endpoint.Property(EndpointProperty.Host)};Port={Endpoint.Property(EndpointProperty.Port)};Username={Hosting.Servers.PostgresCluster.SuperUser};Password={Password}");
}

/// <summary>A database of a <see cref="LocalPostgresResource"/>, created when the server is ready.</summary>
[SupportedOSPlatform("linux")]
public sealed class LocalPostgresDatabaseResource(string name, LocalPostgresResource parent)
    : Resource(name), IResourceWithParent<LocalPostgresResource>, IResourceWithConnectionString
{
    public LocalPostgresResource Parent { get; } = parent;

    public string DatabaseName => Name;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Parent};Database={DatabaseName}");
}
