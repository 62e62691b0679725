using Consortium.Hosting;
using System.Runtime.Versioning;
using Consortium.AppHost.Demo;
using Consortium.Hosting.Servers;
using Consortium.AppHost.Model;
using Consortium.Hosting.Security;
using Consortium.AppHost.Telemetry;
using Consortium.Contracts.Security;
using Microsoft.Extensions.Logging;

namespace Consortium.AppHost.Orchestration;

/// <summary>
/// Brings the platform up in order (infrastructure, databases, then each service once the ones
/// it references are healthy), keeps it running, and takes it down in reverse on cancellation:
/// services first (they flush their outboxes and close connections), then the servers, whose
/// data stays in the state folder for the next run. With a telemetry collector, services export to
/// it and its figures are shown under the status table.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class Orchestrator(AppHostOptions options, ConsoleOutput console, ILogger logger, TelemetryCollector? telemetry = null)
{
    public async Task RunAsync(CancellationToken shutdown)
    {
        Directory.CreateDirectory(options.StateDirectory);
        var board = new StatusBoard(options.StatusFile);
        var tokens = SigningKeyStore.LoadOrCreate(options.SigningKeyFile);
        var services = ConsortiumModel.InStartOrder(ConsortiumModel.Services);
        var endpoints = services.ToDictionary(
            service => service.Name,
            service => ServiceEndpoints.OnLoopback(
                PortChooser.Choose(service.HttpPort, options.UseFreePorts),
                PortChooser.Choose(service.GrpcPort, options.UseFreePorts)),
            StringComparer.Ordinal);

        console.Line("apphost", $"starting PostgreSQL, RabbitMQ and Redis (data in {options.StateDirectory})");
        await using var infrastructure = await LocalInfrastructure.StartAsync(options.StateDirectory, durable: true, logger, shutdown);
        ReportInfrastructure(board, infrastructure);
        foreach (var database in services.Select(service => service.Database).OfType<string>())
        {
            await infrastructure.Postgres.EnsureDatabaseAsync(database, shutdown);
        }

        var runners = new List<ServiceRunner>();
        try
        {
            foreach (var service in services)
            {
                var serviceEndpoints = endpoints[service.Name];
                board.Set(new ResourceStatus(service.Name, "service", ResourceState.Starting, null, new Dictionary<string, string>
                {
                    ["http"] = serviceEndpoints.Http.ToString().TrimEnd('/'),
                    ["grpc"] = serviceEndpoints.Grpc.ToString().TrimEnd('/'),
                }));
                var runner = new ServiceRunner(
                    service,
                    ExecutableOf(service),
                    ServiceConfiguration.For(service, serviceEndpoints, endpoints, infrastructure, tokens, telemetry?.Export ?? OtlpExport.Forward(options.OtlpEndpoint)),
                    serviceEndpoints.Http,
                    console,
                    (state, processId, detail) => board.Update(service.Name, state, processId, detail));
                runners.Add(runner);
                await runner.StartAsync(shutdown);
            }

            if (options.LoadDemoData)
            {
                console.Line("apphost", "loading demo data through the public APIs");
                await DemoData.LoadAsync(endpoints, tokens, message => console.Line("demo", message), shutdown);
            }

            console.Block(board.Table(telemetry?.ConsoleLines()));
            PrintHowToCall(endpoints, tokens);
            console.Line("apphost", "ready. Press Ctrl+C to stop everything.");
            await (telemetry?.RefreshConsoleAsync(board.Table, console, shutdown) ?? Task.Delay(Timeout.Infinite, shutdown));
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            console.Line("apphost", "stopping");
        }
        finally
        {
            // Reverse order: a service stops before the ones it depends on.
            for (var i = runners.Count - 1; i >= 0; i--)
            {
                await runners[i].DisposeAsync();
            }

            foreach (var infrastructureName in new[] { ResourceNames.Postgres, ResourceNames.RabbitMq, ResourceNames.Redis })
            {
                board.Update(infrastructureName, ResourceState.Stopping, null, null);
            }
        }
    }

    private static void ReportInfrastructure(StatusBoard board, LocalInfrastructure infrastructure)
    {
        board.Set(new ResourceStatus(ResourceNames.Postgres, "postgres", ResourceState.Healthy, null,
            new Dictionary<string, string> { ["tcp"] = $"127.0.0.1:{infrastructure.Postgres.Port}", ["log"] = infrastructure.Postgres.LogFile }));
        board.Set(new ResourceStatus(ResourceNames.RabbitMq, "rabbitmq", ResourceState.Healthy, null,
            new Dictionary<string, string>
            {
                ["amqp"] = $"127.0.0.1:{infrastructure.RabbitMq.Port}",
                ["management"] = infrastructure.RabbitMq.ManagementUri.ToString(),
                ["log"] = infrastructure.RabbitMq.LogFile,
            }));
        board.Set(new ResourceStatus(ResourceNames.Redis, "redis", ResourceState.Healthy, null,
            new Dictionary<string, string> { ["tcp"] = $"127.0.0.1:{infrastructure.Redis.Port}", ["log"] = infrastructure.Redis.LogFile }));
    }

    private string ExecutableOf(ServiceResource service)
    {
        var path = Path.Combine(options.RepositoryRoot, service.ProjectDirectory, "bin", options.Configuration, "net10.0", $"{service.AssemblyName}.dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{service.Name} is not built ({path} is missing). Build the solution first: dotnet build Consortium.sln -c {options.Configuration}", path);
    }

    private void PrintHowToCall(Dictionary<string, ServiceEndpoints> endpoints, DevelopmentTokens tokens)
    {
        var districts = endpoints[ResourceNames.Districts];
        var staffToken = tokens.Issue("staff@consortium.example", Roles.ConsortiumStaff, name: "Consortium staff (local)");
        console.Block($"""

              Call the API (a consortium-staff token, valid 12 hours):
                export TOKEN={staffToken}
                curl -s -H "Authorization: Bearer $TOKEN" {districts.Http}v1/districts
              More tokens: dotnet run --project AppHost -- token --role district-lead --district <district id>
            """);
    }
}
