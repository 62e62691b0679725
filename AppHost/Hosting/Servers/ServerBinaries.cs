namespace Consortium.Hosting.Servers;

/// <summary>Finds the server programs installed from Debian's packages.</summary>
public static class ServerBinaries
{
    private const string PostgresVersionsDirectory = "/usr/lib/postgresql";
    private const string RabbitMqServer = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    /// <summary>True when PostgreSQL, RabbitMQ and Redis can all be run locally.</summary>
    public static bool AllInstalled()
    {
        try
        {
            _ = PostgresBinDirectory();
            _ = RabbitMqServerScript();
            _ = Epmd();
            _ = RedisServer();
            return true;
        }
        catch (PrerequisiteMissingException)
        {
            return false;
        }
    }

    /// <summary>The bin folder of the highest PostgreSQL version installed.</summary>
    public static string PostgresBinDirectory()
    {
        var newest = Directory.Exists(PostgresVersionsDirectory)
            ? Directory.EnumerateDirectories(PostgresVersionsDirectory)
                .Select(versionDirectory => (Version: MajorVersion(versionDirectory), Bin: Path.Combine(versionDirectory, "bin")))
                .Where(candidate => candidate.Version > 0 && File.Exists(Path.Combine(candidate.Bin, "initdb")))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Bin)
                .FirstOrDefault()
            : null;
        return newest ?? throw new PrerequisiteMissingException($"{PostgresVersionsDirectory}/<version>/bin/initdb", "postgresql");
    }

    /// <summary>
    /// The broker's own start script; /usr/sbin/rabbitmq-server would switch to the rabbitmq user
    /// and log to /var/log, which a private instance must not do.
    /// </summary>
    public static string RabbitMqServerScript() =>
        File.Exists(RabbitMqServer) ? RabbitMqServer : throw new PrerequisiteMissingException(RabbitMqServer, "rabbitmq-server");

    /// <summary>Erlang's port mapper; each broker runs its own on a private port.</summary>
    public static string Epmd() => OnPath("epmd") ?? throw new PrerequisiteMissingException("epmd", "erlang-base");

    public static string RedisServer() => OnPath("redis-server") ?? throw new PrerequisiteMissingException("redis-server", "redis-server");

    private static int MajorVersion(string versionDirectory) =>
        int.TryParse(Path.GetFileName(versionDirectory), out var version) ? version : 0;

    private static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin")
            .Append("/usr/sbin")
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
}
