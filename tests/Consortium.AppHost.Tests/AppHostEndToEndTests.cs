using Consortium.Contracts.Districts.V1;
using Consortium.Contracts.Security;
using Grpc.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Consortium.AppHost.Tests;

/// <summary>
/// The whole platform through the AppHost, as a newcomer runs it: everything comes up healthy
/// with demo data (and every question Insights answers has a meaningful answer over it), a client finds a service by name (service discovery, Aspire's configuration
/// shape), a crashed service is restarted, Ctrl+C leaves no process behind, and a second run
/// finds the first run's data.
/// </summary>
public sealed class AppHostEndToEndTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(6);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Starts_healthy_answers_by_service_name_restarts_a_crash_stops_cleanly_and_keeps_its_data()
    {
        var stateDirectory = Path.Combine(Path.GetTempPath(), $"consortium-apphost-e2e-{Guid.NewGuid():N}");
        try
        {
            string markerId;
            await using (var first = RunningAppHost.Start(stateDirectory, loadDemoData: true))
            {
                var resources = await first.WaitUntilReadyAsync(StartTimeout);
                Assert.All(resources, resource => Assert.True(resource.State == "Healthy", $"{resource.Name} is {resource.State}. Output:\n{first.Output}"));
                Assert.Equal(
                    [ResourceNames.Postgres, ResourceNames.RabbitMq, ResourceNames.Redis, ResourceNames.Districts, ResourceNames.Topics, ResourceNames.Submissions, ResourceNames.Pipeline, ResourceNames.Insights],
                    resources.Select(resource => resource.Name));
                await AssertEveryServiceReportsHealthyAsync(resources);
                await TelemetryAssertions.AssertServerSpansArriveAsync(first, resources, ResourceNames.Districts);
                await DemoInsightsAssertions.AssertEveryQuestionHasAnAnswerAsync(first, resources);

                var districts = DiscoveredDistrictsClient(resources);
                var staff = Bearer(first, Roles.ConsortiumStaff);
                var directory = await districts.ListDistrictsAsync(new ListDistrictsRequest { PageSize = 50 }, staff);
                Assert.True(directory.TotalSize >= 12, $"The demo has 12 districts; the directory lists {directory.TotalSize}.");

                var marker = await districts.CreateDistrictAsync(
                    new CreateDistrictRequest { Name = "Persistence Check SD", NcesLeaId = "5399999", State = "WA", LocaleCode = 42 }, staff);
                markerId = marker.DistrictId;

                await AssertACrashedServiceIsRestartedAsync(first, ResourceNames.Districts);

                var servicePids = first.Resources().Select(resource => resource.ProcessId).OfType<int>().ToList();
                Assert.Equal(0, await first.InterruptAsync(StopTimeout));
                Assert.Empty(ProcessTable.CommandLinesContaining(stateDirectory));
                Assert.DoesNotContain(servicePids, ProcessTable.IsRunning);
            }

            await using var second = RunningAppHost.Start(stateDirectory, loadDemoData: false);
            var restarted = await second.WaitUntilReadyAsync(StartTimeout);
            var again = await DiscoveredDistrictsClient(restarted).GetDistrictAsync(
                new GetDistrictRequest { DistrictId = markerId }, Bearer(second, Roles.ConsortiumStaff));
            Assert.Equal("Persistence Check SD", again.Name);
            Assert.Equal(0, await second.InterruptAsync(StopTimeout));
            Assert.Empty(ProcessTable.CommandLinesContaining(stateDirectory));
        }
        finally
        {
            if (Directory.Exists(stateDirectory))
            {
                Directory.Delete(stateDirectory, recursive: true);
            }
        }
    }

    private static async Task AssertACrashedServiceIsRestartedAsync(RunningAppHost host, string service)
    {
        var crashed = host.Resources().Single(resource => resource.Name == service).ProcessId!.Value;
        using (var kill = System.Diagnostics.Process.Start("kill", ["-KILL", crashed.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (host.Resources().Single(resource => resource.Name == service) is var current
            && !(current.State == "Healthy" && current.ProcessId is { } pid && pid != crashed))
        {
            Assert.True(DateTime.UtcNow < deadline, $"{service} was not restarted within a minute of being killed. Output:\n{host.Output}");
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
    }

    private static async Task AssertEveryServiceReportsHealthyAsync(IReadOnlyList<RunningAppHost.Resource> resources)
    {
        using var http = new HttpClient();
        foreach (var service in resources.Where(resource => resource.Kind == "service"))
        {
            using var response = await http.GetAsync(new Uri(new Uri(service.Endpoints["http"]), "/health"), TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode, $"{service.Name} /health answered {(int)response.StatusCode}");
        }
    }

    /// <summary>
    /// A client that knows the service only by name: its address comes from service discovery
    /// configured as Aspire configures it (<c>services:districts:grpc:0</c>), here from what the
    /// AppHost reports.
    /// </summary>
    private static DistrictsService.DistrictsServiceClient DiscoveredDistrictsClient(IReadOnlyList<RunningAppHost.Resource> resources)
    {
        var districts = resources.Single(resource => resource.Name == ResourceNames.Districts);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"services:{ResourceNames.Districts}:grpc:0"] = districts.Endpoints["grpc"],
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddServiceDiscovery()
            .AddGrpcClient<DistrictsService.DistrictsServiceClient>(options => options.Address = new Uri($"http://_grpc.{ResourceNames.Districts}"))
            .AddServiceDiscovery()
            .Services
            .BuildServiceProvider();
        return services.GetRequiredService<DistrictsService.DistrictsServiceClient>();
    }

    private static Metadata Bearer(RunningAppHost host, string role) =>
        new() { { "Authorization", $"Bearer {host.Tokens.Issue("e2e-test", role)}" } };
}
