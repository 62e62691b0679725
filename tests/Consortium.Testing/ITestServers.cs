namespace Consortium.Testing;

/// <summary>The servers of one test assembly, however they run (local binaries or containers).</summary>
internal interface ITestServers : IAsyncDisposable
{
    string RedisConnectionString { get; }

    /// <summary>Creates a database with exactly this name and returns its connection string.</summary>
    Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken);

    /// <summary>Creates a virtual host with exactly this name and returns its amqp URI.</summary>
    Task<string> CreateVirtualHostAsync(string name, CancellationToken cancellationToken);

    Task<IDedicatedRabbitMq> StartDedicatedRabbitMqAsync(CancellationToken cancellationToken);
}
