using System.Globalization;
using System.Text.RegularExpressions;
using Consortium.Hosting;
using Consortium.Hosting.Security;
using Consortium.Hosting.Servers;

namespace Consortium.FrontDoor.Platform;

/// <summary>
/// Where a running platform answers: the identity service's token endpoint, each service's gRPC
/// address, and (for the baselines) its PostgreSQL and Redis servers, found from the state folder
/// the platform runs on (the local servers keep their passwords there; PostgreSQL writes its port
/// into postmaster.pid, Redis has it on its command line).
/// </summary>
internal sealed record PlatformAddresses(
    string StateDirectory,
    Uri IdentityHttp,
    Uri Identity,
    Uri Districts,
    Uri Topics,
    Uri Submissions,
    Uri Insights)
{
    /// <summary>The fixed ports of AppHost/Program.cs, as scripts/start.sh runs the platform.</summary>
    public static PlatformAddresses Local(string stateDirectory) => new(
        Path.GetFullPath(stateDirectory),
        new Uri("http://127.0.0.1:5160"),
        new Uri("http://127.0.0.1:5161"),
        new Uri("http://127.0.0.1:5111"),
        new Uri("http://127.0.0.1:5121"),
        new Uri("http://127.0.0.1:5131"),
        new Uri("http://127.0.0.1:5151"));

    /// <summary>The identity service's development client's secret (client credentials, a staff token).</summary>
    public string DevelopmentClientSecret() => DemoPeople.ReadOrCreateClientSecret(StateDirectory);

    public ServerAddress Postgres()
    {
        var dataDirectory = Path.Combine(StateDirectory, ResourceNames.Postgres);
        // postmaster.pid: pid, data directory, start time, port, ...
        var lines = File.ReadAllLines(Path.Combine(PostgresCluster.ClusterDirectory(dataDirectory), "postmaster.pid"));
        return new ServerAddress(int.Parse(lines[3], CultureInfo.InvariantCulture), PostgresCluster.Password(dataDirectory));
    }

    /// <summary>
    /// The platform's redis-server: the one working in the state folder's cache directory (its
    /// <c>dir</c>). Redis replaces its command line with a title ("redis-server 127.0.0.1:PORT"),
    /// so neither the configuration file nor <c>--port</c> can be read back from it; the port is
    /// the title's.
    /// </summary>
    public ServerAddress Redis()
    {
        var dataDirectory = Path.GetFullPath(Path.Combine(StateDirectory, ResourceNames.Redis));
        foreach (var process in Directory.EnumerateDirectories("/proc"))
        {
            string title, workingDirectory;
            try
            {
                title = File.ReadAllText(Path.Combine(process, "cmdline")).Replace('\0', ' ');
                workingDirectory = new DirectoryInfo(Path.Combine(process, "cwd")).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? "";
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                continue; // exited meanwhile, or not ours
            }

            var listening = s_redisTitle.Match(title);
            if (listening.Success && Path.TrimEndingDirectorySeparator(workingDirectory) == Path.TrimEndingDirectorySeparator(dataDirectory))
            {
                return new ServerAddress(int.Parse(listening.Groups["port"].Value, CultureInfo.InvariantCulture), RedisConfiguration.Password(dataDirectory));
            }
        }

        throw new InvalidOperationException($"No redis-server works in {dataDirectory}: is the platform running on this state folder with local servers?");
    }

    private static readonly Regex s_redisTitle = new(@"redis-server\S*\s+127\.0\.0\.1:(?<port>\d+)", RegexOptions.CultureInvariant);
}

/// <summary>A server on loopback: its port and password.</summary>
internal sealed record ServerAddress(int Port, string Password);
