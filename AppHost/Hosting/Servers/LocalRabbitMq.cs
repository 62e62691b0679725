using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Consortium.Hosting.Servers;

/// <summary>
/// A private RabbitMQ broker (with its management API) from the locally installed binaries, on
/// 127.0.0.1 only, with its own Erlang port mapper, cookie and node name so it never meets the
/// system's broker or another private one. Its user and virtual hosts live in the data folder and
/// survive <see cref="StopAsync"/> / <see cref="RestartAsync"/>.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class LocalRabbitMq : IAsyncDisposable
{
    public const string UserName = RabbitMqNodeFiles.UserName;

    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan s_stopGracePeriod = TimeSpan.FromSeconds(30);

    private readonly LocalServerOptions _options;
    private readonly ILogger _logger;
    private readonly string _serverScript;
    private readonly string _epmd;
    private readonly string _password;
    private readonly int _distributionPort;
    private readonly HttpClient _management;
    private ServerProcess? _portMapper;
    private ServerProcess? _broker;
    private OrphanGuard? _guard;

    private LocalRabbitMq(LocalServerOptions options, ILogger logger)
    {
        _serverScript = ServerBinaries.RabbitMqServerScript();
        _epmd = ServerBinaries.Epmd();
        _options = options with { DataDirectory = Path.GetFullPath(options.DataDirectory) };
        _logger = logger;

        _password = RabbitMqNodeFiles.Password(DataDirectory);
        NodeName = RabbitMqNodeFiles.NodeName(DataDirectory);

        Port = options.Port != 0 ? options.Port : FreePorts.Take();
        ManagementPort = FreePorts.Take();
        EpmdPort = FreePorts.Take();
        _distributionPort = FreePorts.Take();

        _management = new HttpClient { BaseAddress = ManagementUri };
        _management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{UserName}:{_password}")));
    }

    /// <summary>AMQP port.</summary>
    public int Port { get; }

    public int ManagementPort { get; }

    /// <summary>The broker's private Erlang port mapper, needed by rabbitmqctl along with <see cref="NodeName"/>.</summary>
    public int EpmdPort { get; }

    public string NodeName { get; }

    public string DataDirectory => _options.DataDirectory;

    /// <summary>Everything the broker writes, including its log (RABBITMQ_LOGS=-).</summary>
    public string LogFile => Path.Combine(DataDirectory, "rabbitmq.log");

    /// <summary>The connection string Aspire would give a service (default virtual host).</summary>
    public string ConnectionString => $"amqp://{UserName}:{_password}@127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    public Uri ManagementUri => new($"http://127.0.0.1:{ManagementPort.ToString(CultureInfo.InvariantCulture)}/");

    public static async Task<LocalRabbitMq> StartAsync(
        LocalServerOptions options,
        ILogger? logger = null,
        CancellationToken cancellationToken = default)
    {
        var server = new LocalRabbitMq(options, logger ?? NullLogger.Instance);
        try
        {
            await server.LaunchAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>The connection string for a virtual host (which must exist).</summary>
    public string VirtualHostConnectionString(string virtualHost) => $"{ConnectionString}/{Uri.EscapeDataString(virtualHost)}";

    /// <summary>Creates the virtual host (if missing), grants our user everything on it and returns its connection string.</summary>
    public async Task<string> CreateVirtualHostAsync(string name, CancellationToken cancellationToken = default)
    {
        var escapedName = Uri.EscapeDataString(name);
        await PutAsync($"api/vhosts/{escapedName}", "{}", cancellationToken);
        await PutAsync(
            $"api/permissions/{escapedName}/{UserName}",
            """{"configure":".*","write":".*","read":".*"}""",
            cancellationToken);
        _logger.LogInformation("Created RabbitMQ virtual host {VirtualHost}", name);
        return VirtualHostConnectionString(name);
    }

    /// <summary>Stops the broker but keeps its data, port and credentials for <see cref="RestartAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_broker is not null)
        {
            // The start script forwards SIGTERM to the Erlang VM and waits for its clean shutdown.
            if (!await _broker.StopAsync(UnixSignals.Terminate, s_stopGracePeriod))
            {
                _logger.LogWarning("RabbitMQ {NodeName} did not stop within {Seconds} s and was killed", NodeName, s_stopGracePeriod.TotalSeconds);
            }

            _broker.Dispose();
            _broker = null;
            _logger.LogInformation("RabbitMQ {NodeName} on port {Port} stopped", NodeName, Port);
        }

        if (_portMapper is not null)
        {
            await _portMapper.StopAsync(UnixSignals.Terminate, TimeSpan.FromSeconds(5));
            _portMapper.Dispose();
            _portMapper = null;
        }

        if (_guard is not null)
        {
            await _guard.DisposeAsync();
            _guard = null;
        }
    }

    /// <summary>Starts the broker again on the same port and data, e.g. after <see cref="StopAsync"/> to end an outage.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        await StopAsync();
        await LaunchAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _management.Dispose();
        if (!_options.Durable)
        {
            DirectoryAccess.DeleteQuietly(DataDirectory, _logger);
        }
    }

    private async Task LaunchAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        RabbitMqNodeFiles.Write(DataDirectory, ManagementPort);

        _portMapper = ServerProcess.Start(
            _epmd,
            ["-port", EpmdPort.ToString(CultureInfo.InvariantCulture), "-address", "127.0.0.1"],
            Path.Combine(DataDirectory, "epmd.log"));
        _broker = ServerProcess.Start(_serverScript, [], LogFile, ConfigureEnvironment);
        _guard = OrphanGuard.Watch("TERM", _options.Durable ? null : DataDirectory, _broker.Id, _portMapper.Id);

        await Readiness.WaitAsync("RabbitMQ", token => TcpProbes.AnswersAmqpAsync(Port, token), _broker, s_startTimeout, cancellationToken);
        await Readiness.WaitAsync("RabbitMQ management API", ManagementAnswersAsync, _broker, s_startTimeout, cancellationToken);
        _logger.LogInformation(
            "RabbitMQ {NodeName} ready on port {Port} in {ElapsedMs} ms (management: {ManagementUri}, data: {DataDirectory}, durable: {Durable})",
            NodeName, Port, stopwatch.ElapsedMilliseconds, ManagementUri, DataDirectory, _options.Durable);
    }

    private void ConfigureEnvironment(IDictionary<string, string?> environment)
    {
        // Nothing of a developer's own RabbitMQ/Erlang settings may leak into the private node.
        foreach (var inherited in environment.Keys.Where(key => key.StartsWith("RABBITMQ_", StringComparison.Ordinal) || key.StartsWith("ERL_", StringComparison.Ordinal)).ToList())
        {
            environment.Remove(inherited);
        }

        foreach (var (name, value) in RabbitMqNodeFiles.ServerEnvironment(DataDirectory, Port, _distributionPort, EpmdPort))
        {
            environment[name] = value;
        }
    }

    private async Task<bool> ManagementAnswersAsync(CancellationToken cancellationToken)
    {
        using var response = await _management.GetAsync(new Uri("api/whoami", UriKind.Relative), cancellationToken);
        return response.IsSuccessStatusCode;
    }

    private async Task PutAsync(string path, string json, CancellationToken cancellationToken)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _management.PutAsync(new Uri(path, UriKind.Relative), content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"RabbitMQ management API PUT {path} answered {(int)response.StatusCode}: {body}");
        }
    }
}
