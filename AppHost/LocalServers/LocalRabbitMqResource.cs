using System.Runtime.Versioning;
using Consortium.Hosting.Servers;

namespace Consortium.AppHost.LocalServers;

/// <summary>
/// RabbitMQ run by Aspire's orchestrator from Debian's packages, with its management plugin and a
/// private Erlang port mapper (a resource of its own, so nothing outlives the app host).
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class LocalRabbitMqResource(string name, string command, string dataDirectory, ParameterResource password)
    : ExecutableResource(name, command, dataDirectory), IResourceWithConnectionString
{
    internal const string AmqpEndpointName = "tcp";
    internal const string ManagementEndpointName = "management";

    private EndpointReference? _endpoint;

    public string DataDirectory { get; } = dataDirectory;

    public ParameterResource Password { get; } = password;

    public EndpointReference Endpoint => _endpoint ??= new(this, AmqpEndpointName);

    // The shape Aspire.Hosting.RabbitMQ gives: amqp://user:password@host:port
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://{RabbitMqNodeFiles.UserName}:{Password}@{Endpoint.Property(EndpointProperty.Host)}:{Endpoint.Property(EndpointProperty.Port)}");
}
