// Placeholder until the orchestrator lands: runs the private infrastructure servers in the state
// folder, prints the connection strings services would get, and stops everything on Ctrl+C.
using Consortium.AppHost;
using Consortium.AppHost.Infrastructure;
using Microsoft.Extensions.Logging;

if (!OperatingSystem.IsLinux())
{
    Console.Error.WriteLine("The AppHost runs the servers from Debian's packages: it needs Linux.");
    return 1;
}

using var loggerFactory = LoggerFactory.Create(logging => logging.AddSimpleConsole(console => console.SingleLine = true));
var logger = loggerFactory.CreateLogger("Consortium.AppHost");

using var shutdown = new CancellationTokenSource();
Console.CancelKeyPress += (_, keyPress) =>
{
    // The first Ctrl+C stops the servers cleanly; a second one ends the process at once (the
    // servers' orphan guards then stop them).
    keyPress.Cancel = !shutdown.IsCancellationRequested;
    shutdown.Cancel();
};

var stateDirectory = args.Length > 0 ? args[0] : Path.Combine(RepositoryRoot(), ".state");
try
{
    await using var infrastructure = await LocalInfrastructure.StartAsync(stateDirectory, durable: true, logger, shutdown.Token);
    foreach (var database in ResourceNames.Databases)
    {
        await infrastructure.Postgres.EnsureDatabaseAsync(database, shutdown.Token);
        Console.WriteLine($"ConnectionStrings__{database}={infrastructure.Postgres.ConnectionString(database)}");
    }

    Console.WriteLine($"ConnectionStrings__{ResourceNames.RabbitMq}={infrastructure.RabbitMq.ConnectionString}");
    Console.WriteLine($"ConnectionStrings__{ResourceNames.Redis}={infrastructure.Redis.ConnectionString}");
    Console.WriteLine($"RabbitMQ management: {infrastructure.RabbitMq.ManagementUri}");
    Console.WriteLine("Press Ctrl+C to stop.");
    await Task.Delay(Timeout.Infinite, shutdown.Token);
}
catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
{
    logger.LogInformation("Stopped");
}

return 0;

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
