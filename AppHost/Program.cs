// The AppHost: starts the whole platform (private PostgreSQL, RabbitMQ and Redis, then every
// service) the way .NET Aspire would, collecting their telemetry; or prints a bearer token for
// calling it, or the telemetry it collected.
//   dotnet run --project AppHost [-- --demo] [--state-dir DIR] [--free-ports] [--otlp-endpoint URL]
//   dotnet run --project AppHost -- token --role district-lead --district <id> [--state-dir DIR]
//   dotnet run --project AppHost -- telemetry [--service NAME] [--errors] [--state-dir DIR]
// --otlp-endpoint (or OTEL_EXPORTER_OTLP_ENDPOINT) sends the services' telemetry to that OTLP/gRPC
// endpoint instead of the AppHost's own receiver; the AppHost then collects and shows none.
using System.Reflection;
using Consortium.AppHost;
using Consortium.Hosting.Servers;
using Consortium.AppHost.Orchestration;
using Consortium.AppHost.Telemetry;
using Microsoft.Extensions.Logging;

if (!OperatingSystem.IsLinux())
{
    Console.Error.WriteLine("The AppHost runs the servers from Debian's packages: it needs Linux.");
    return 1;
}

var arguments = CommandLine.Parse(args);
var repositoryRoot = RepositoryRoot();
var options = new AppHostOptions
{
    StateDirectory = Path.GetFullPath(arguments.Value("--state-dir") ?? Path.Combine(repositoryRoot, ".state")),
    LoadDemoData = arguments.Has("--demo"),
    UseFreePorts = arguments.Has("--free-ports"),
    OtlpEndpoint = arguments.Value("--otlp-endpoint") ?? Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT"),
    Configuration = typeof(Program).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug",
    RepositoryRoot = repositoryRoot,
};

if (arguments.Command == "token")
{
    return TokenCommand.Run(options, arguments);
}

if (arguments.Command == "telemetry")
{
    return TelemetryCommand.Run(options.StateDirectory, arguments.Value("--service"), arguments.Has("--errors"), Console.Out);
}

using var loggerFactory = LoggerFactory.Create(logging => logging.AddSimpleConsole(console => console.SingleLine = true));
var logger = loggerFactory.CreateLogger("apphost");
var console = new ConsoleOutput();

using var shutdown = new CancellationTokenSource();
Console.CancelKeyPress += (_, keyPress) =>
{
    // The first Ctrl+C stops everything cleanly; a second one ends the AppHost at once (the
    // servers' watchdogs then stop them).
    keyPress.Cancel = !shutdown.IsCancellationRequested;
    shutdown.Cancel();
};
// SIGTERM (a service manager, or a test) means the same as Ctrl+C.
using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(
    System.Runtime.InteropServices.PosixSignal.SIGTERM,
    signal =>
    {
        signal.Cancel = true;
        shutdown.Cancel();
    });

try
{
    Directory.CreateDirectory(options.StateDirectory);
    await using var telemetry = options.OtlpEndpoint is null
        ? await TelemetryCollector.StartAsync(options.StateDirectory, options.UseFreePorts, shutdown.Token)
        : null;
    console.Line("apphost", telemetry is null
        ? $"services send telemetry to {options.OtlpEndpoint} (OTLP/gRPC); none is collected here"
        : $"collecting the services' telemetry at {telemetry.Export.Endpoint} (OTLP/HTTP); see {Path.Combine(options.StateDirectory, "telemetry.json")} or: dotnet run --project AppHost -- telemetry");
    await new Orchestrator(options, console, logger, telemetry).RunAsync(shutdown.Token);
    console.Line("apphost", "stopped; data kept in " + options.StateDirectory);
    return 0;
}
catch (PrerequisiteMissingException missing)
{
    Console.Error.WriteLine(missing.Message);
    Console.Error.WriteLine("Run scripts/install-prerequisites.sh (as root) first.");
    return 2;
}
catch (Exception exception) when (exception is FileNotFoundException or InvalidOperationException or TimeoutException or ServerStartException or Grpc.Core.RpcException)
{
    console.Line("apphost", exception.Message, isError: true);
    return 1;
}

// The folder holding Consortium.sln, found from where the program was built; the current folder otherwise.
static string RepositoryRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Consortium.sln")))
        {
            return directory.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}

// The AppHost references the ASP.NET Core framework (for its OTLP receiver), which makes the
// top-level Program public; test projects reference both the AppHost and a service, and each
// service's Program must stay the only visible one.
internal sealed partial class Program;
