using System.Diagnostics;
using System.Globalization;
using System.Runtime.Versioning;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Consortium.Hosting.Servers;

/// <summary>A private Redis from the locally installed binary, on 127.0.0.1 only, password protected.</summary>
[SupportedOSPlatform("linux")]
public sealed class LocalRedis : IAsyncDisposable
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan s_stopGracePeriod = TimeSpan.FromSeconds(30);

    private readonly LocalServerOptions _options;
    private readonly ILogger _logger;
    private readonly string _password;
    private ServerProcess? _server;
    private OrphanGuard? _guard;

    private LocalRedis(LocalServerOptions options, ILogger logger)
    {
        _options = options with { DataDirectory = Path.GetFullPath(options.DataDirectory) };
        _logger = logger;
        Directory.CreateDirectory(DataDirectory);
        _password = RedisConfiguration.Password(DataDirectory);
        Port = options.Port != 0 ? options.Port : FreePorts.Take();
    }

    public int Port { get; }

    public string DataDirectory => _options.DataDirectory;

    public string LogFile => Path.Combine(DataDirectory, "redis.log");

    /// <summary>The connection string Aspire would give a service.</summary>
    public string ConnectionString => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)},password={_password}";

    public static async Task<LocalRedis> StartAsync(
        LocalServerOptions options,
        ILogger? logger = null,
        CancellationToken cancellationToken = default)
    {
        var redisServer = ServerBinaries.RedisServer();
        var server = new LocalRedis(options, logger ?? NullLogger.Instance);
        try
        {
            await server.LaunchAsync(redisServer, cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            // Redis treats SIGTERM as SHUTDOWN: it flushes the append-only file (when durable) and exits.
            if (!await _server.StopAsync(UnixSignals.Terminate, s_stopGracePeriod))
            {
                _logger.LogWarning("Redis on port {Port} did not stop within {Seconds} s and was killed", Port, s_stopGracePeriod.TotalSeconds);
            }

            _server.Dispose();
            _server = null;
            _logger.LogInformation("Redis on port {Port} stopped", Port);
        }

        if (_guard is not null)
        {
            await _guard.DisposeAsync();
            _guard = null;
        }

        if (!_options.Durable)
        {
            DirectoryAccess.DeleteQuietly(DataDirectory, _logger);
        }
    }

    private async Task LaunchAsync(string redisServer, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();

        var configFile = RedisConfiguration.Write(DataDirectory, _options.Durable);
        _server = ServerProcess.Start(redisServer, [configFile, "--port", Port.ToString(CultureInfo.InvariantCulture)], LogFile);
        _guard = OrphanGuard.Watch("TERM", _options.Durable ? null : DataDirectory, _server.Id);
        await Readiness.WaitAsync("Redis", token => TcpProbes.AnswersRedisPingAsync(Port, _password, token), _server, s_startTimeout, cancellationToken);
        _logger.LogInformation(
            "Redis ready on port {Port} in {ElapsedMs} ms (data: {DataDirectory}, durable: {Durable})",
            Port, stopwatch.ElapsedMilliseconds, DataDirectory, _options.Durable);
    }
}
