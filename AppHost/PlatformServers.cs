using System.Diagnostics;
using System.Runtime.Versioning;
using Consortium.AppHost.LocalServers;

namespace Consortium.AppHost;

/// <summary>
/// Where PostgreSQL, RabbitMQ and Redis come from: Aspire's container integrations where a
/// container runtime answers, Debian's binaries (<see cref="LocalServerBuilderExtensions"/>)
/// otherwise. Either way the resources have the same names and give services the same
/// connection strings, so nothing downstream can tell. <c>Consortium:Servers</c> =
/// <c>containers</c> | <c>local</c> | <c>auto</c> (the default) chooses.
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed class PlatformServers
{
    public const string ConfigurationKey = "Consortium:Servers";

    private readonly IDistributedApplicationBuilder _builder;
    private readonly string _stateDirectory;

    private PlatformServers(IDistributedApplicationBuilder builder, string stateDirectory, bool useContainers)
    {
        _builder = builder;
        _stateDirectory = stateDirectory;
        UseContainers = useContainers;
    }

    public bool UseContainers { get; }

    public static PlatformServers For(IDistributedApplicationBuilder builder, string stateDirectory)
    {
        var useContainers = (builder.Configuration[ConfigurationKey] ?? "auto") switch
        {
            "containers" => true,
            "local" => false,
            "auto" => ContainerRuntimeAnswers(),
            var other => throw new InvalidOperationException($"{ConfigurationKey} must be containers, local or auto, not '{other}'."),
        };
        return new PlatformServers(builder, stateDirectory, useContainers);
    }

    public PostgresServer AddPostgres(string name)
    {
        if (UseContainers)
        {
            var container = _builder.AddPostgres(name).WithDataVolume();
            return new PostgresServer(container, database => container.AddDatabase(database));
        }

        var local = _builder.AddLocalPostgres(name, _stateDirectory).WithRestartOnCrash();
        return new PostgresServer(local, database => local.AddDatabase(database));
    }

    public IResourceBuilder<IResourceWithConnectionString> AddRabbitMQ(string name) => UseContainers
        ? _builder.AddRabbitMQ(name).WithDataVolume().WithManagementPlugin()
        : _builder.AddLocalRabbitMq(name, _stateDirectory).WithRestartOnCrash();

    public IResourceBuilder<IResourceWithConnectionString> AddRedis(string name) => UseContainers
        ? _builder.AddRedis(name).WithDataVolume()
        : _builder.AddLocalRedis(name, _stateDirectory).WithRestartOnCrash();

    // Aspire's own choice of runtime (ASPIRE_CONTAINER_RUNTIME, else docker) must answer `info`.
    private static bool ContainerRuntimeAnswers()
    {
        var runtime = Environment.GetEnvironmentVariable("ASPIRE_CONTAINER_RUNTIME") ?? "docker";
        try
        {
            using var process = Process.Start(new ProcessStartInfo(runtime, "info")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return false;
            }

            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // not installed
        }
    }
}

/// <summary>A PostgreSQL server however it runs, and the way to add a database to it.</summary>
internal sealed record PostgresServer(
    IResourceBuilder<IResourceWithConnectionString> Server,
    Func<string, IResourceBuilder<IResourceWithConnectionString>> AddDatabase);
