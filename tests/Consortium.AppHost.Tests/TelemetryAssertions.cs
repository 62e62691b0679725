using Consortium.AppHost.Telemetry;
using Xunit;

namespace Consortium.AppHost.Tests;

/// <summary>
/// Telemetry through the real AppHost: a running service's spans reach the AppHost's own OTLP
/// receiver and show up in the state folder, where the <c>telemetry</c> command reads them.
/// </summary>
internal static class TelemetryAssertions
{
    private static readonly TimeSpan ArrivalTimeout = TimeSpan.FromSeconds(60);

    public static async Task AssertServerSpansArriveAsync(RunningAppHost host, IReadOnlyList<RunningAppHost.Resource> resources, string service)
    {
        var cancellationToken = TestContext.Current.CancellationToken;

        // Requests of our own, so this does not depend on what else ran: refused without a token,
        // but traced as server spans all the same (health probes are not traced).
        var http = new Uri(resources.Single(resource => resource.Name == service).Endpoints["http"]);
        using (var client = new HttpClient())
        {
            for (var i = 0; i < 3; i++)
            {
                (await client.GetAsync(new Uri(http, "/v1/districts"), cancellationToken)).Dispose();
            }
        }

        var files = new TelemetryFiles(host.StateDirectory);
        var deadline = DateTime.UtcNow + ArrivalTimeout;
        while (true)
        {
            var reported = ReadOrNull(files)?.Services.SingleOrDefault(summary => summary.Name == service);
            if (reported is { Requests: > 0 } && reported.Routes.Count > 0 && files.ReadTraces().Any(trace => trace.Service == service))
            {
                return;
            }

            Assert.True(
                DateTime.UtcNow < deadline,
                $"{service} reported no server spans to the AppHost within {ArrivalTimeout.TotalSeconds:0} s. Summary: {(File.Exists(files.SummaryFile) ? File.ReadAllText(files.SummaryFile) : "none")}\nOutput:\n{host.Output}");
            await Task.Delay(500, cancellationToken);
        }
    }

    private static TelemetrySummary? ReadOrNull(TelemetryFiles files)
    {
        try
        {
            return files.ReadSummary();
        }
        catch (IOException)
        {
            return null; // replaced while we read it
        }
    }
}
