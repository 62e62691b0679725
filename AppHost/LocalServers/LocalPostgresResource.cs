using System.Runtime.Versioning;
using Consortium.Hosting.Servers;

namespace Consortium.AppHost.LocalServers;

/// <summary>
/// PostgreSQL from Debian's binaries, its data in the state folder. Services receive the same
/// connection strings as from Aspire.Hosting.PostgreSQL's container resource.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class LocalPostgresResource(string name, string command, string dataDirectory, ParameterResource password)
    : LocalServerResource(name, command, dataDirectory, password)
{
    public override ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host={Endpoint.Property(EndpointProperty.Host)};Port={Endpoint.Property(EndpointProperty.Port)};Username={PostgresCluster.SuperUser};Password={Password}");
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
