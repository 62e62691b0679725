using System.Runtime.Versioning;

namespace Consortium.Hosting.Servers;

/// <summary>
/// A private Redis's configuration file and password, shared by the tests' servers
/// (<see cref="LocalRedis"/>) and the AppHost's Aspire resource. The port is given on the command
/// line (<c>redis-server FILE --port P</c>), so the file does not depend on it.
/// </summary>
[SupportedOSPlatform("linux")]
public static class RedisConfiguration
{
    public static string ConfigFile(string dataDirectory) => Path.Combine(dataDirectory, "redis.conf");

    /// <summary>The password, made once and kept in the data folder.</summary>
    public static string Password(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        return StateFiles.ReadOrCreate(Path.Combine(dataDirectory, "password"), StateFiles.NewPassword);
    }

    /// <summary>Writes the configuration file (readable by its owner only) and returns its path.</summary>
    public static string Write(string dataDirectory, bool durable)
    {
        dataDirectory = Path.GetFullPath(dataDirectory);

        // Durable: an append-only file fsynced every second, as a cache needs no more.
        // Throwaway: no persistence at all.
        var persistence = durable ? "appendonly yes\nappendfsync everysec" : "appendonly no";

        // A config file rather than arguments keeps the password out of the process list.
        var configFile = ConfigFile(dataDirectory);
        StateFiles.WriteOwnerOnly(configFile, $"""
            bind 127.0.0.1
            requirepass {Password(dataDirectory)}
            daemonize no
            dir "{dataDirectory}"
            save ""
            {persistence}

            """);
        return configFile;
    }
}
