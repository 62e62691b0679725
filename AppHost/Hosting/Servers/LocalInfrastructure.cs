using System.Runtime.Versioning;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Consortium.Hosting.Servers;

/// <summary>
/// PostgreSQL, RabbitMQ and Redis side by side under one state folder (a subfolder each), started
/// in parallel since they do not depend on each other.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class LocalInfrastructure : IAsyncDisposable
{
    private readonly string _stateDirectory;
    private readonly bool _durable;
    private readonly ILogger _logger;

    private LocalInfrastructure(string stateDirectory, bool durable, ILogger logger, LocalPostgres postgres, LocalRabbitMq rabbitMq, LocalRedis redis)
    {
        _stateDirectory = stateDirectory;
        _durable = durable;
        _logger = logger;
        Postgres = postgres;
        RabbitMq = rabbitMq;
        Redis = redis;
    }

    public LocalPostgres Postgres { get; }

    public LocalRabbitMq RabbitMq { get; }

    public LocalRedis Redis { get; }

    /// <param name="durable">See <see cref="LocalServerOptions.Durable"/>; when false the state folder goes on dispose.</param>
    public static async Task<LocalInfrastructure> StartAsync(
        string stateDirectory,
        bool durable,
        ILogger? logger = null,
        CancellationToken cancellationToken = default)
    {
        stateDirectory = Path.GetFullPath(stateDirectory);
        logger ??= NullLogger.Instance;
        LocalServerOptions OptionsFor(string server) => new(Path.Combine(stateDirectory, server)) { Durable = durable };

        var postgres = LocalPostgres.StartAsync(OptionsFor("postgres"), logger, cancellationToken);
        var rabbitMq = LocalRabbitMq.StartAsync(OptionsFor("rabbitmq"), logger, cancellationToken);
        var redis = LocalRedis.StartAsync(OptionsFor("redis"), logger, cancellationToken);
        try
        {
            await Task.WhenAll(postgres, rabbitMq, redis);
        }
        catch
        {
            // Whichever servers did start must not outlive the failure of another.
            await DisposeAllAsync(StartedOrNull(postgres), StartedOrNull(rabbitMq), StartedOrNull(redis));
            throw;
        }

        return new LocalInfrastructure(stateDirectory, durable, logger, postgres.Result, rabbitMq.Result, redis.Result);
    }

    public async ValueTask DisposeAsync()
    {
        await DisposeAllAsync(Postgres, RabbitMq, Redis);
        if (!_durable)
        {
            DirectoryAccess.DeleteQuietly(_stateDirectory, _logger);
        }
    }

    private static T? StartedOrNull<T>(Task<T> start)
        where T : class => start.IsCompletedSuccessfully ? start.Result : null;

    private static Task DisposeAllAsync(params IAsyncDisposable?[] servers) =>
        Task.WhenAll(servers.OfType<IAsyncDisposable>().Select(server => server.DisposeAsync().AsTask()));
}
