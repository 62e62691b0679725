using System.Runtime.Versioning;

namespace Consortium.AppHost.LocalServers;

/// <summary>Redis from Debian's binary, password protected, on 127.0.0.1.</summary>
[SupportedOSPlatform("linux")]
public sealed class LocalRedisResource(string name, string command, string dataDirectory, ParameterResource password)
    : LocalServerResource(name, command, dataDirectory, password)
{
    // The shape Aspire.Hosting.Redis gives: host:port,password=…
    public override ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"{Endpoint.Property(EndpointProperty.Host)}:{Endpoint.Property(EndpointProperty.Port)},password={Password}");
}
