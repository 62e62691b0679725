namespace Consortium.AppHost.Telemetry;

/// <summary>
/// <c>telemetry [--service NAME] [--errors]</c>: what the running (or last) AppHost collected, read
/// from the state folder, for an operator in another terminal.
/// </summary>
public static class TelemetryCommand
{
    private const int Shown = 20;

    public static int Run(string stateDirectory, string? service, bool errors, TextWriter output, TimeProvider? time = null)
    {
        var files = new TelemetryFiles(stateDirectory);
        var summary = files.ReadSummary();
        if (summary is null)
        {
            output.WriteLine($"No telemetry in {stateDirectory} yet. Start the AppHost (dotnet run --project AppHost) and call a service;");
            output.WriteLine("with --otlp-endpoint the AppHost forwards telemetry there instead of collecting it.");
            return 1;
        }

        var services = summary.Services.Where(candidate => service is null || candidate.Name == service).ToList();
        if (service is not null && services.Count == 0)
        {
            output.WriteLine($"No telemetry from '{service}'. Services that reported: {string.Join(", ", summary.Services.Select(known => known.Name))}.");
            return 2;
        }

        var age = (time ?? TimeProvider.System).GetUtcNow() - summary.GeneratedAt;
        output.WriteLine($"Telemetry received at {summary.Receiver}, as of {summary.GeneratedAt.ToLocalTime():HH:mm:ss} ({Math.Max(0, (int)age.TotalSeconds)} s ago)");
        foreach (var each in services)
        {
            output.WriteLine($"  {each.Name,-12} {TelemetryText.Line(each)}");
        }

        if (service is not null)
        {
            PrintRoutes(services[0], output);
        }

        if (errors)
        {
            PrintErrors(files, service, output);
        }
        else
        {
            output.WriteLine(service is null
                ? "Per route: --service NAME. Recent error spans and error/warning logs: --errors."
                : "Recent error spans and error/warning logs: --errors.");
        }

        return 0;
    }

    private static void PrintRoutes(ServiceSummary service, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"  {TelemetryText.RouteHeader}");
        foreach (var route in service.Routes.Take(Shown))
        {
            output.WriteLine($"  {TelemetryText.Route(route)}");
        }

        if (service.Counters.Count > 0)
        {
            output.WriteLine();
            foreach (var (name, total) in service.Counters)
            {
                output.WriteLine($"  {total,10:0} {name}");
            }
        }
    }

    private static void PrintErrors(TelemetryFiles files, string? service, TextWriter output)
    {
        var spans = files.ReadErrorSpans().Where(span => service is null || span.Service == service).Take(Shown).ToList();
        output.WriteLine();
        output.WriteLine(spans.Count == 0 ? "No recent error spans." : "Recent error spans (newest first):");
        foreach (var span in spans)
        {
            output.WriteLine($"  {TelemetryText.ErrorSpan(span)}");
        }

        var logs = files.ReadLogs().Where(log => service is null || log.Service == service).Take(Shown).ToList();
        output.WriteLine();
        output.WriteLine(logs.Count == 0 ? "No recent warnings or errors in the logs." : "Recent warnings and errors in the logs (newest first):");
        foreach (var log in logs)
        {
            output.WriteLine($"  {TelemetryText.Log(log)}");
        }
    }
}
