using System.Globalization;
using System.Runtime.Versioning;
using System.Security.Cryptography;

namespace Consortium.Hosting.Servers;

/// <summary>
/// The files and environment that make a RabbitMQ node private: everything under its data folder,
/// nothing read from /etc/rabbitmq or /var/lib/rabbitmq.
/// </summary>
[SupportedOSPlatform("linux")]
public static class RabbitMqNodeFiles
{
    private const string CookieAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public const string UserName = "consortium";

    /// <summary>The broker user's password, made once (the broker keeps it in its database).</summary>
    public static string Password(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        return StateFiles.ReadOrCreate(Path.Combine(dataDirectory, "password"), StateFiles.NewPassword);
    }

    /// <summary>The node name is the identity of the broker's database: a durable folder keeps its own.</summary>
    public static string NodeName(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        return StateFiles.ReadOrCreate(
            Path.Combine(dataDirectory, "node-name"),
            () => $"consortium-{RandomNumberGenerator.GetHexString(8, lowercase: true)}@localhost");
    }

    /// <summary>
    /// The broker's whole environment besides what it inherits: its paths, identity and ports on
    /// 127.0.0.1, with its own Erlang port mapper.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string>> ServerEnvironment(string dataDirectory, int amqpPort, int distributionPort, int epmdPort)
    {
        foreach (var variable in Environment(dataDirectory, NodeName(dataDirectory)))
        {
            yield return variable;
        }

        yield return new("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1");
        yield return new("RABBITMQ_NODE_PORT", amqpPort.ToString(CultureInfo.InvariantCulture));
        yield return new("RABBITMQ_DIST_PORT", distributionPort.ToString(CultureInfo.InvariantCulture));
        yield return new("ERL_EPMD_ADDRESS", "127.0.0.1");
        yield return new("ERL_EPMD_PORT", epmdPort.ToString(CultureInfo.InvariantCulture));

        // Otherwise Debian's rabbitmq-server script stays as the Erlang VM's parent and ends with
        // `wait $pid || true`: a VM killed by a signal (the OOM killer, SIGKILL) looks like a clean
        // exit 0, and a supervisor never starts it again (found by the fault suite). Set, the script
        // execs the VM in its place, as it does under systemd: the VM's own signal handler makes
        // SIGTERM a graceful stop, and a killed VM ends without an exit code, so it counts as a crash.
        yield return new("RUNNING_UNDER_SYSTEMD", "true");
    }

    /// <summary>Where the node writes its Erlang VM's process id.</summary>
    public static string PidFile(string dataDirectory) => Path.Combine(dataDirectory, "rabbitmq.pid");

    /// <summary>Writes the configuration; the cookie only once, since the node's data is tied to it.</summary>
    public static void Write(string dataDirectory, int managementPort)
    {
        Directory.CreateDirectory(Path.Combine(dataDirectory, "home"));
        StateFiles.ReadOrCreate(Path.Combine(dataDirectory, "home", ".erlang.cookie"), () => RandomNumberGenerator.GetString(CookieAlphabet, 20));

        // default_user/default_pass only take effect on the first boot, when the database is empty;
        // later boots keep the user (and its virtual hosts) from the database.
        File.WriteAllText(Path.Combine(dataDirectory, "rabbitmq.conf"), $"""
            default_user = {UserName}
            default_pass = {Password(dataDirectory)}
            management.tcp.ip = 127.0.0.1
            management.tcp.port = {managementPort.ToString(CultureInfo.InvariantCulture)}

            """);
        // The management API creates a virtual host in milliseconds, where rabbitmqctl boots an
        // Erlang VM (about 2 s of CPU) per call. The price, in RabbitMQ 3.10: shutdown takes ~5 s
        // longer while the management agent winds down (fixed upstream in 3.13).
        File.WriteAllText(Path.Combine(dataDirectory, "enabled_plugins"), "[rabbitmq_management].");
        File.WriteAllText(Path.Combine(dataDirectory, "rabbitmq-env.conf"), string.Empty);
    }

    /// <summary>The node's paths and identity; the caller adds its ports.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Environment(string dataDirectory, string nodeName)
    {
        // HOME holds the Erlang cookie that rabbitmqctl needs too.
        yield return new("HOME", Path.Combine(dataDirectory, "home"));
        yield return new("RABBITMQ_NODENAME", nodeName);
        yield return new("RABBITMQ_MNESIA_BASE", Path.Combine(dataDirectory, "mnesia"));
        yield return new("RABBITMQ_LOG_BASE", Path.Combine(dataDirectory, "log"));
        yield return new("RABBITMQ_LOGS", "-");
        yield return new("RABBITMQ_PID_FILE", PidFile(dataDirectory));
        yield return new("RABBITMQ_CONFIG_FILE", Path.Combine(dataDirectory, "rabbitmq.conf"));
        yield return new("RABBITMQ_ADVANCED_CONFIG_FILE", Path.Combine(dataDirectory, "advanced.config"));
        yield return new("RABBITMQ_CONF_ENV_FILE", Path.Combine(dataDirectory, "rabbitmq-env.conf"));
        yield return new("RABBITMQ_ENABLED_PLUGINS_FILE", Path.Combine(dataDirectory, "enabled_plugins"));
    }
}
