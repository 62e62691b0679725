namespace Consortium.Testing;

/// <summary>
/// A RabbitMQ broker owned by one test, for outages: stopping it disturbs no other test. Its
/// virtual hosts, user, messages and port survive <see cref="StopAsync"/> / <see cref="StartAsync"/>,
/// so clients configured with its connection strings reconnect once it is back.
/// </summary>
public interface IDedicatedRabbitMq : IAsyncDisposable
{
    /// <summary>amqp://user:password@host:port (default virtual host).</summary>
    string ConnectionString { get; }

    /// <summary>Creates a fresh, uniquely named virtual host and returns its amqp URI.</summary>
    Task<string> CreateVirtualHostAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>Stops the broker; connections drop and new ones are refused until <see cref="StartAsync"/>.</summary>
    Task StopAsync(CancellationToken cancellationToken = default);

    /// <summary>Starts the broker again on the same port with the same data.</summary>
    Task StartAsync(CancellationToken cancellationToken = default);
}
