using System.Runtime.Versioning;
using Consortium.Hosting.Servers;

namespace Consortium.Testing;

/// <summary>Throwaway private servers from the local binaries, the same code the AppHost runs.</summary>
[SupportedOSPlatform("linux")]
internal sealed class LocalTestServers : ITestServers
{
    private readonly LocalInfrastructure _servers;

    private LocalTestServers(LocalInfrastructure servers) => _servers = servers;

    public string RedisConnectionString => _servers.Redis.ConnectionString;

    public static async Task<LocalTestServers> StartAsync(CancellationToken cancellationToken)
    {
        var stateDirectory = Directory.CreateTempSubdirectory("consortium-tests-").FullName;
        return new LocalTestServers(await LocalInfrastructure.StartAsync(stateDirectory, durable: false, cancellationToken: cancellationToken));
    }

    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken)
    {
        await _servers.Postgres.EnsureDatabaseAsync(name, cancellationToken);
        return _servers.Postgres.ConnectionString(name);
    }

    public Task<string> CreateVirtualHostAsync(string name, CancellationToken cancellationToken) =>
        _servers.RabbitMq.CreateVirtualHostAsync(name, cancellationToken);

    public async Task<IDedicatedRabbitMq> StartDedicatedRabbitMqAsync(CancellationToken cancellationToken)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("consortium-rabbitmq-").FullName;
        return new LocalDedicatedRabbitMq(await LocalRabbitMq.StartAsync(new LocalServerOptions(dataDirectory), cancellationToken: cancellationToken));
    }

    public ValueTask DisposeAsync() => _servers.DisposeAsync();
}
