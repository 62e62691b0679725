using System.Runtime.Versioning;
using Consortium.Hosting.Servers;

namespace Consortium.Testing;

[SupportedOSPlatform("linux")]
internal sealed class LocalDedicatedRabbitMq(LocalRabbitMq broker) : IDedicatedRabbitMq
{
    public string ConnectionString => broker.ConnectionString;

    public Task<string> CreateVirtualHostAsync(string prefix, CancellationToken cancellationToken = default) =>
        broker.CreateVirtualHostAsync(UniqueNames.For(prefix), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken = default) => broker.StopAsync();

    public Task StartAsync(CancellationToken cancellationToken = default) => broker.RestartAsync(cancellationToken);

    public ValueTask DisposeAsync() => broker.DisposeAsync();
}
