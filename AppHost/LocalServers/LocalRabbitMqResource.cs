using System.Runtime.Versioning;
using Consortium.Hosting.Servers;

namespace Consortium.AppHost.LocalServers;

/// <summary>
/// RabbitMQ from Debian's packages, with its management plugin (endpoint "management") and a
/// private Erlang port mapper (a resource of its own, so nothing outlives the app host).
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class LocalRabbitMqResource(string name, string command, string dataDirectory, ParameterResource password)
    : LocalServerResource(name, command, dataDirectory, password)
{
    internal const string ManagementEndpointName = "management";

    // The shape Aspire.Hosting.RabbitMQ gives: amqp://user:password@host:port
    public override ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://{RabbitMqNodeFiles.UserName}:{Password}@{Endpoint.Property(EndpointProperty.Host)}:{Endpoint.Property(EndpointProperty.Port)}");
}
