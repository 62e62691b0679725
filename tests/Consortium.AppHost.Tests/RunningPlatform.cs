using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Consortium.Hosting.Security;
using Grpc.Net.Client;
using Xunit;

namespace Consortium.AppHost.Tests;

/// <summary>
/// The real app host (AppHost/Program.cs, unchanged) started through Aspire.Hosting.Testing: the
/// orchestrator, the servers, every service, the dashboard with its telemetry API, and (if asked)
/// the demo. Ports are free ones so a developer's running platform is not disturbed; the state
/// folder is the caller's, so a second start can find the first one's data.
/// </summary>
internal sealed class RunningPlatform : IAsyncDisposable
{
    public static readonly string[] Servers = [ResourceNames.Postgres, ResourceNames.RabbitMq, ResourceNames.Redis];

    public static readonly string[] Services =
        [ResourceNames.Districts, ResourceNames.Topics, ResourceNames.Submissions, ResourceNames.Pipeline, ResourceNames.Insights];

    private static readonly TimeSpan s_startTimeout = TimeSpan.FromMinutes(8);

    private readonly DistributedApplication _app;
    private bool _stopped;

    private RunningPlatform(DistributedApplication app, string stateDirectory, DashboardTelemetry dashboard)
    {
        _app = app;
        StateDirectory = stateDirectory;
        Dashboard = dashboard;
        Tokens = new PlatformTokens(() => Endpoint(ResourceNames.Identity, "http"), stateDirectory);
    }

    public string StateDirectory { get; }

    public DashboardTelemetry Dashboard { get; }

    /// <summary>Tokens the platform's services accept: from its identity service, the only issuer they trust.</summary>
    public PlatformTokens Tokens { get; }

    public ResourceNotificationService Notifications => _app.ResourceNotifications;

    public static async Task<RunningPlatform> StartAsync(string stateDirectory, bool loadDemo)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var apiKey = Guid.NewGuid().ToString("N");
        string[] arguments =
        [
            $"--Consortium:StateDirectory={stateDirectory}",
            $"--Consortium:LoadDemo={loadDemo}",
            // The dashboard's telemetry API opens with this key.
            $"--AppHost:DashboardApiKey={apiKey}",
            "--DcpPublisher:RandomizePorts=true",
        ];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Consortium_AppHost>(
            arguments,
            (options, _) =>
            {
                options.DisableDashboard = false;
                options.AllowUnsecuredTransport = true;
            },
            cancellationToken);
        var app = await builder.BuildAsync(cancellationToken);
        var platform = new RunningPlatform(app, stateDirectory, new DashboardTelemetry(() => app.GetEndpoint("aspire-dashboard", "http"), apiKey));
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(s_startTimeout);
            await app.StartAsync(timeout.Token);
            foreach (var resource in Servers.Concat(ResourceNames.Databases).Concat(Services))
            {
                await app.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
            }
        }
        catch
        {
            await platform.DisposeAsync();
            throw;
        }

        return platform;
    }

    public Uri Endpoint(string resource, string endpoint) => _app.GetEndpoint(resource, endpoint);

    public GrpcChannel Channel(string service) => GrpcChannel.ForAddress(Endpoint(service, "grpc"));

    /// <summary>The demo resource's exit code once it has finished (it loads, then exits).</summary>
    public async Task<int?> DemoExitCodeAsync(TimeSpan timeout)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(timeout);
        var finished = await _app.ResourceNotifications.WaitForResourceAsync(
            "demo",
            update => KnownResourceStates.TerminalStates.Contains(update.Snapshot.State?.Text),
            deadline.Token);
        return finished.Snapshot.ExitCode;
    }

    /// <summary>The process id the orchestrator reports for a resource's current run.</summary>
    public async Task<int> ProcessIdAsync(string resource)
    {
        var running = await _app.ResourceNotifications.WaitForResourceAsync(
            resource,
            update => update.Snapshot.State?.Text == KnownResourceStates.Running && ProcessId(update.Snapshot) is not null,
            TestContext.Current.CancellationToken);
        return ProcessId(running.Snapshot)!.Value;
    }

    /// <summary>Stops everything as Ctrl+C would.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _app.StopAsync(TestContext.Current.CancellationToken);
            await _app.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static int? ProcessId(CustomResourceSnapshot snapshot) =>
        snapshot.Properties.FirstOrDefault(property => property.Name is "executable.pid" or "project.pid")?.Value is { } value
            && int.TryParse(value.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var pid) ? pid : null;
}

/// <summary>
/// Tokens from the running platform's identity service, as its development client (the secret the
/// app host keeps in the state folder; ADR 23): what the tests call the services with. Issue is
/// synchronous because the tests build call headers inline; the request never runs on a test's
/// synchronization context.
/// </summary>
internal sealed class PlatformTokens(Func<Uri> identity, string stateDirectory)
{
    private static readonly HttpClient s_http = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>A token for <paramref name="subject"/> with one role, and the district it acts for where the role has one.</summary>
    public string Issue(string subject, string role, Guid? districtId = null) =>
        Task.Run(() => IssueAsync(subject, role, districtId, TestContext.Current.CancellationToken)).GetAwaiter().GetResult();

    public Task<string> IssueAsync(string subject, string role, Guid? districtId = null, CancellationToken cancellationToken = default) =>
        new DevelopmentTokenClient(s_http, new Uri($"{identity().ToString().TrimEnd('/')}/"), DemoPeople.ReadOrCreateClientSecret(stateDirectory))
            .RequestAsync(subject, role, districtId, cancellationToken);
}
