using System.Globalization;
using System.Runtime.Versioning;
using Microsoft.Extensions.Logging;

namespace Consortium.Hosting.Servers;

/// <summary>
/// A PostgreSQL data folder and how its server runs, shared by the tests' private servers
/// (<see cref="LocalPostgres"/>, through pg_ctl) and the AppHost's Aspire resource (the postgres
/// process itself, under the orchestrator): the cluster with its superuser password, created once,
/// and the server's options.
/// </summary>
[SupportedOSPlatform("linux")]
public static class PostgresCluster
{
    public const string SuperUser = "postgres";

    /// <summary>
    /// initdb and postgres refuse to run as root; as root they run as the postgres system user
    /// (which Debian's package creates).
    /// </summary>
    public static string? ServerUser { get; } = Environment.IsPrivilegedProcess ? "postgres" : null;

    public static string ClusterDirectory(string dataDirectory) => Path.Combine(dataDirectory, "data");

    public static string PasswordFile(string dataDirectory) => Path.Combine(dataDirectory, "password");

    /// <summary>The superuser's password, made once and kept beside the cluster it was set in.</summary>
    public static string Password(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        return StateFiles.ReadOrCreate(PasswordFile(dataDirectory), StateFiles.NewPassword);
    }

    /// <summary>Creates the cluster unless the data folder has one; hands the folder to <see cref="ServerUser"/>.</summary>
    /// <param name="durable">False for throwaway servers: initdb skips its fsyncs.</param>
    public static async Task EnsureCreatedAsync(string dataDirectory, bool durable, ILogger logger, CancellationToken cancellationToken)
    {
        dataDirectory = Path.GetFullPath(dataDirectory);
        _ = Password(dataDirectory);
        if (ServerUser is not null)
        {
            await DirectoryAccess.GiveToUserAsync(dataDirectory, ServerUser, cancellationToken);
            DirectoryAccess.LetOthersTraverseAncestors(dataDirectory, logger);
        }

        var clusterDirectory = ClusterDirectory(dataDirectory);
        if (File.Exists(Path.Combine(clusterDirectory, "PG_VERSION")))
        {
            return;
        }

        logger.LogInformation("Creating a PostgreSQL cluster in {ClusterDirectory}", clusterDirectory);
        List<string> arguments =
        [
            "-D", clusterDirectory, "-U", SuperUser, $"--pwfile={PasswordFile(dataDirectory)}",
            "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions",
        ];
        if (!durable)
        {
            arguments.Add("--no-sync");
        }

        await CommandRunner.RunAsync(Path.Combine(ServerBinaries.PostgresBinDirectory(), "initdb"), arguments, cancellationToken, ServerUser, dataDirectory);
    }

    /// <summary>
    /// Stops the server running on the data folder in fast mode (open transactions rolled back,
    /// clients disconnected), if one runs. A plain SIGTERM is PostgreSQL's "smart" mode, which
    /// waits for every client to leave first.
    /// </summary>
    /// <returns>False when no server was running.</returns>
    public static async Task<bool> StopFastAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var clusterDirectory = ClusterDirectory(Path.GetFullPath(dataDirectory));
        if (!File.Exists(Path.Combine(clusterDirectory, "postmaster.pid")))
        {
            return false;
        }

        await CommandRunner.RunAsync(
            Path.Combine(ServerBinaries.PostgresBinDirectory(), "pg_ctl"),
            ["-D", clusterDirectory, "-m", "fast", "-w", "-t", "60", "stop"],
            cancellationToken,
            ServerUser,
            dataDirectory);
        return true;
    }

    /// <summary>Options of the postgres process itself (after <c>-D cluster</c>).</summary>
    public static IReadOnlyList<string> ServerOptions(int port, bool durable)
    {
        // TCP on loopback only; no Unix socket (its path length is limited and nobody needs it).
        // Tests open many small connection pools, one per database, hence the generous limit.
        List<string> options =
        [
            "-p", port.ToString(CultureInfo.InvariantCulture),
            "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=300",
            // Per-statement statistics, as operators of any PostgreSQL expect to find them; the
            // front-door harness reports each scenario's costliest statements from them.
            "-c", "shared_preload_libraries=pg_stat_statements",
        ];

        // A throwaway server never survives a crash anyway, so durability is wasted time.
        if (!durable)
        {
            options.AddRange(["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
        }
        else
        {
            // Back quickly after a crash (the fault suite's SIGKILL: 27 s of UNAVAILABLE before):
            // one syncfs() of the file system instead of an fsync of every file of every database
            // before recovery (13 s on a busy disk), and a checkpoint every minute rather than
            // every five, so there is less WAL to replay and fewer dirty pages for the
            // end-of-recovery checkpoint to write. Durability is the same.
            // Checkpoints are routine; PostgreSQL 15 logs each one unless told not to.
            options.AddRange(["-c", "recovery_init_sync_method=syncfs", "-c", "checkpoint_timeout=1min", "-c", "log_checkpoints=off"]);
        }

        return options;
    }
}
