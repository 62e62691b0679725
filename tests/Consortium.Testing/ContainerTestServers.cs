using Consortium.Hosting.Servers;
using Npgsql;
using Testcontainers.PostgreSql;
using Testcontainers.Redis;

namespace Consortium.Testing;

/// <summary>The same servers as Testcontainers, for machines with Docker but without the Debian packages.</summary>
internal sealed class ContainerTestServers : ITestServers
{
    private const string PostgresImage = "postgres:15-alpine";
    private const string RedisImage = "redis:7-alpine";

    private readonly PostgreSqlContainer _postgres;
    private readonly ContainerRabbitMq _rabbitMq;
    private readonly RedisContainer _redis;
    private NpgsqlDataSource? _admin;

    private ContainerTestServers(PostgreSqlContainer postgres, ContainerRabbitMq rabbitMq, RedisContainer redis)
    {
        _postgres = postgres;
        _rabbitMq = rabbitMq;
        _redis = redis;
    }

    public string RedisConnectionString => _redis.GetConnectionString();

    private NpgsqlDataSource Admin => _admin ?? throw new InvalidOperationException("PostgreSQL is not running.");

    public static async Task<ContainerTestServers> StartAsync(CancellationToken cancellationToken)
    {
        // Durability switched off, as for the local throwaway servers: faster, and nothing survives anyway.
        var postgres = new PostgreSqlBuilder(PostgresImage)
            .WithCommand("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=300")
            .Build();
        var servers = new ContainerTestServers(postgres, ContainerRabbitMq.Create(), new RedisBuilder(RedisImage).Build());
        try
        {
            await Task.WhenAll(
                servers._postgres.StartAsync(cancellationToken),
                servers._rabbitMq.StartAsync(cancellationToken),
                servers._redis.StartAsync(cancellationToken));
            servers._admin = NpgsqlDataSource.Create(servers._postgres.GetConnectionString());
            return servers;
        }
        catch
        {
            await servers.DisposeAsync();
            throw;
        }
    }

    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken)
    {
        await PostgresDatabases.EnsureAsync(Admin, name, cancellationToken);
        return new NpgsqlConnectionStringBuilder(_postgres.GetConnectionString()) { Database = name }.ConnectionString;
    }

    public Task<string> CreateVirtualHostAsync(string name, CancellationToken cancellationToken) =>
        _rabbitMq.CreateNamedVirtualHostAsync(name, cancellationToken);

    public async Task<IDedicatedRabbitMq> StartDedicatedRabbitMqAsync(CancellationToken cancellationToken)
    {
        // A fixed host port, so the broker comes back where clients expect it after a restart.
        var broker = ContainerRabbitMq.Create(FreePorts.Take());
        try
        {
            await broker.StartAsync(cancellationToken);
            return broker;
        }
        catch
        {
            await broker.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_admin is not null)
        {
            await _admin.DisposeAsync();
        }

        await Task.WhenAll(_postgres.DisposeAsync().AsTask(), _rabbitMq.DisposeAsync().AsTask(), _redis.DisposeAsync().AsTask());
    }
}
