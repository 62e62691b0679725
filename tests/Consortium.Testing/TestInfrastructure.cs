using System.Diagnostics.CodeAnalysis;
using Xunit;

namespace Consortium.Testing;

/// <summary>
/// One private PostgreSQL, RabbitMQ and Redis per test assembly, started in parallel and gone
/// (processes and files) after the run. Register it once per test project with
/// <c>[assembly: AssemblyFixture(typeof(TestInfrastructure))]</c> and take it in a test class's
/// constructor. Tests share the servers, never state: each asks for its own database, virtual host
/// and key prefix. A test that needs a broker outage takes its own broker
/// (<see cref="StartDedicatedRabbitMqAsync"/>) rather than stopping the shared one under the others.
/// </summary>
public sealed class TestInfrastructure : IAsyncLifetime
{
    private readonly List<IDedicatedRabbitMq> _dedicatedBrokers = [];
    private ITestServers? _servers;

    /// <summary>How the servers run (see <see cref="TestServerSelection"/>).</summary>
    public TestServerMode Mode { get; private set; }

    /// <summary>host:port[,password=…] of the shared Redis; isolate keys with <see cref="NewKeyPrefix"/>.</summary>
    public string RedisConnectionString => Servers.RedisConnectionString;

    private ITestServers Servers => _servers ?? throw new InvalidOperationException("The test infrastructure has not started.");

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        Mode = await TestServerSelection.ChooseForThisMachineAsync(cancellationToken);
        _servers = Mode switch
        {
            TestServerMode.Containers => await ContainerTestServers.StartAsync(cancellationToken),
            _ when OperatingSystem.IsLinux() => await LocalTestServers.StartAsync(cancellationToken),
            _ => throw new PlatformNotSupportedException($"Local test servers need Linux; set {TestServerSelection.Variable}=containers."),
        };
    }

    /// <summary>Creates a fresh database named after <paramref name="prefix"/> and returns its connection string.</summary>
    public Task<string> CreateDatabaseAsync(string prefix, CancellationToken cancellationToken = default) =>
        Servers.CreateDatabaseAsync(UniqueNames.For(prefix), cancellationToken);

    /// <summary>Creates a fresh virtual host named after <paramref name="prefix"/> and returns its amqp URI.</summary>
    public Task<string> CreateVirtualHostAsync(string prefix, CancellationToken cancellationToken = default) =>
        Servers.CreateVirtualHostAsync(UniqueNames.For(prefix), cancellationToken);

    /// <summary>A Redis key prefix no other test uses, e.g. "cache_3f9c1a7b2e:".</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Reached through the fixture, like the other isolation helpers.")]
    public string NewKeyPrefix(string prefix) => $"{UniqueNames.For(prefix)}:";

    /// <summary>
    /// Starts a broker the calling test owns (stop it, start it, dispose it). One the test forgets
    /// to dispose is disposed with the fixture.
    /// </summary>
    public async Task<IDedicatedRabbitMq> StartDedicatedRabbitMqAsync(CancellationToken cancellationToken = default)
    {
        var broker = await Servers.StartDedicatedRabbitMqAsync(cancellationToken);
        lock (_dedicatedBrokers)
        {
            _dedicatedBrokers.Add(broker);
        }

        return broker;
    }

    public async ValueTask DisposeAsync()
    {
        // Disposing a broker twice is harmless, so the ones tests already disposed need no tracking.
        await Task.WhenAll(_dedicatedBrokers.Select(broker => broker.DisposeAsync().AsTask()));
        if (_servers is not null)
        {
            await _servers.DisposeAsync();
        }
    }
}
