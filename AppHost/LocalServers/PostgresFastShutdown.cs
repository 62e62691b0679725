using System.Runtime.Versioning;
using Consortium.Hosting.Servers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Consortium.AppHost.LocalServers;

/// <summary>
/// Stops the local PostgreSQL in fast mode when the app host stops. The orchestrator's stop signal
/// (SIGTERM) is PostgreSQL's "smart" shutdown, which waits for every client to disconnect and is
/// then cut short; a fast shutdown leaves the cluster cleanly "shut down", with no recovery on the
/// next start.
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed class PostgresFastShutdown(string dataDirectory, ILogger<PostgresFastShutdown> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await PostgresCluster.StopFastAsync(dataDirectory, cancellationToken))
            {
                logger.LogInformation("PostgreSQL in {DataDirectory} stopped (fast mode)", dataDirectory);
            }
        }
        catch (InvalidOperationException exception)
        {
            logger.LogWarning(exception, "PostgreSQL in {DataDirectory} did not stop cleanly", dataDirectory);
        }
    }
}
