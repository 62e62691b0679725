using System.Globalization;
using System.Runtime.Versioning;
using Consortium.Hosting.Servers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Consortium.AppHost.LocalServers;

/// <summary>
/// Stops the local RabbitMQ node before the orchestrator stops everything at once. The node's
/// Erlang port mapper is a resource of its own; stopped in parallel, it can go first, and a node
/// still shutting down then starts a port mapper of its own (<c>epmd -daemon</c>, to re-register),
/// which outlives the app host (seen once in CI). SIGTERM is the node's graceful stop.
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed class RabbitMqOrderlyStop(string pidFile, ILogger<RabbitMqOrderlyStop> logger) : IHostedService
{
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(30);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (NodeProcess() is not { } pid || !UnixSignals.Send(pid, UnixSignals.Terminate))
        {
            return;
        }

        var deadline = DateTime.UtcNow + s_patience;
        while (Directory.Exists($"/proc/{pid}") && DateTime.UtcNow < deadline && !cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None);
        }

        if (Directory.Exists($"/proc/{pid}"))
        {
            logger.LogWarning("RabbitMQ node {ProcessId} was still stopping after {Patience}; the orchestrator stops the rest", pid, s_patience);
        }
        else
        {
            logger.LogInformation("RabbitMQ node {ProcessId} stopped before its port mapper", pid);
        }
    }

    // The node writes its VM's process id; only a running Erlang VM is signalled.
    private int? NodeProcess()
    {
        try
        {
            return int.TryParse(File.ReadAllText(pidFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && File.ReadAllText($"/proc/{pid}/comm").Trim() == "beam.smp"
                ? pid
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
