using System.Diagnostics;
using System.Globalization;
using System.Runtime.Versioning;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Consortium.Hosting.Servers;

/// <summary>
/// A private PostgreSQL server from the locally installed binaries, listening on 127.0.0.1 only,
/// with password authentication for the superuser <c>postgres</c>.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class LocalPostgres : IAsyncDisposable
{
    private readonly LocalServerOptions _options;
    private readonly string _binDirectory;
    private readonly ILogger _logger;
    private string _password = string.Empty;
    private NpgsqlDataSource? _admin;
    private OrphanGuard? _guard;

    private LocalPostgres(LocalServerOptions options, string binDirectory, ILogger logger)
    {
        _options = options with { DataDirectory = Path.GetFullPath(options.DataDirectory) };
        _binDirectory = binDirectory;
        _logger = logger;
    }

    public int Port { get; private set; }

    public string DataDirectory => _options.DataDirectory;

    public string LogFile => Path.Combine(DataDirectory, "postgres.log");

    private string ClusterDirectory => PostgresCluster.ClusterDirectory(DataDirectory);

    private string PostmasterPidFile => Path.Combine(ClusterDirectory, "postmaster.pid");

    private NpgsqlDataSource Admin => _admin ?? throw new InvalidOperationException("PostgreSQL is not running.");

    /// <summary>Starts the server, creating the cluster only when the data folder has none yet.</summary>
    public static async Task<LocalPostgres> StartAsync(
        LocalServerOptions options,
        ILogger? logger = null,
        CancellationToken cancellationToken = default)
    {
        var server = new LocalPostgres(options, ServerBinaries.PostgresBinDirectory(), logger ?? NullLogger.Instance);
        try
        {
            await server.RunAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>The connection string Aspire would give a service for <paramref name="database"/>.</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username={PostgresCluster.SuperUser};Password={_password};Database={database}";

    /// <summary>Creates the database unless it exists; safe to call concurrently.</summary>
    public async Task EnsureDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        if (await PostgresDatabases.EnsureAsync(Admin, name, cancellationToken))
        {
            _logger.LogInformation("Created PostgreSQL database {Database}", name);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_admin is not null)
        {
            await _admin.DisposeAsync();
            _admin = null;
        }

        // The pid file also exists when a cancelled start got as far as launching the server.
        if (File.Exists(PostmasterPidFile))
        {
            await StopServerAsync();
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

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        Directory.CreateDirectory(DataDirectory);
        _password = PostgresCluster.Password(DataDirectory);
        await PostgresCluster.EnsureCreatedAsync(DataDirectory, _options.Durable, _logger, cancellationToken);

        Port = _options.Port != 0 ? _options.Port : FreePorts.Take();
        try
        {
            await PgCtlAsync(["-D", ClusterDirectory, "-l", LogFile, "-w", "-t", "60", "-o", ServerOptions(), "start"], cancellationToken);
        }
        catch (InvalidOperationException exception)
        {
            throw ServerStartException.WithLog($"PostgreSQL did not start on port {Port}.", LogFile, exception);
        }

        _guard = OrphanGuard.Watch("INT", _options.Durable ? null : DataDirectory, await ReadPostmasterIdAsync(cancellationToken));
        _admin = NpgsqlDataSource.Create(ConnectionString("postgres"));
        _logger.LogInformation(
            "PostgreSQL ready on port {Port} in {ElapsedMs} ms (data: {DataDirectory}, durable: {Durable})",
            Port, stopwatch.ElapsedMilliseconds, DataDirectory, _options.Durable);
    }

    /// <summary>Options for the postgres process itself, passed through pg_ctl -o.</summary>
    private string ServerOptions() =>
        string.Join(' ', PostgresCluster.ServerOptions(Port, _options.Durable).Select(option => option.Length == 0 || option.EndsWith('=') ? option + "''" : option));

    private async Task<int> ReadPostmasterIdAsync(CancellationToken cancellationToken)
    {
        var lines = await File.ReadAllLinesAsync(PostmasterPidFile, cancellationToken);
        return int.Parse(lines[0], CultureInfo.InvariantCulture);
    }

    private async Task StopServerAsync()
    {
        try
        {
            await PostgresCluster.StopFastAsync(DataDirectory, CancellationToken.None);
            _logger.LogInformation("PostgreSQL on port {Port} stopped", Port);
        }
        catch (InvalidOperationException exception)
        {
            _logger.LogWarning(exception, "PostgreSQL on port {Port} did not stop cleanly", Port);
        }
    }

    private Task<string> PgCtlAsync(IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        CommandRunner.RunAsync(Path.Combine(_binDirectory, "pg_ctl"), arguments, cancellationToken, PostgresCluster.ServerUser, DataDirectory);
}
