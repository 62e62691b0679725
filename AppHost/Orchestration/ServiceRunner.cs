using System.Diagnostics;
using System.Runtime.Versioning;
using Consortium.Hosting.Servers;
using Consortium.AppHost.Model;

namespace Consortium.AppHost.Orchestration;

/// <summary>
/// Runs one service as a child process: its output goes to the console prefixed with its name;
/// it is ready when <c>/health</c> answers; if it exits unexpectedly it is started again after a
/// back-off that doubles (1 s to 30 s) and resets once it has stayed up for a minute. Stopping
/// sends SIGTERM (ASP.NET Core shuts down gracefully) and kills the process only if it hangs.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class ServiceRunner : IAsyncDisposable
{
    private static readonly TimeSpan HealthyTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan StopGracePeriod = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan StableAfter = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan MaxBackOff = TimeSpan.FromSeconds(30);

    private readonly ServiceResource _service;
    private readonly string _executable;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly Uri _healthUri;
    private readonly ConsoleOutput _console;
    private readonly Action<ResourceState, int?, string?> _report;
    private readonly CancellationTokenSource _stopping = new();
    private Process? _process;
    private Task? _supervision;

    public ServiceRunner(
        ServiceResource service,
        string executable,
        IReadOnlyDictionary<string, string> environment,
        Uri httpEndpoint,
        ConsoleOutput console,
        Action<ResourceState, int?, string?> report)
    {
        _service = service;
        _executable = executable;
        _environment = environment;
        _healthUri = new Uri(httpEndpoint, "/health");
        _console = console;
        _report = report;
    }

    /// <summary>Starts the service and waits until it is healthy; then keeps it running until disposed.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var process = Launch();
        await WaitUntilHealthyAsync(process, cancellationToken);
        _supervision = SuperviseAsync(process);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_process is { } process)
        {
            _report(ResourceState.Stopping, process.Id, null);
            await StopAsync(process);
        }

        if (_supervision is not null)
        {
            await _supervision;
        }

        _report(ResourceState.Stopped, null, null);
        _stopping.Dispose();
    }

    private Process Launch()
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { _executable },
            WorkingDirectory = Path.GetDirectoryName(_executable)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in _environment)
        {
            startInfo.Environment[key] = value;
        }

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, line) => Echo(line.Data, isError: false);
        process.ErrorDataReceived += (_, line) => Echo(line.Data, isError: true);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        _report(ResourceState.Starting, process.Id, null);
        return process;
    }

    private void Echo(string? line, bool isError)
    {
        if (line is not null)
        {
            _console.Line(_service.Name, line, isError);
        }
    }

    private async Task WaitUntilHealthyAsync(Process process, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{_service.Name} exited with code {process.ExitCode} before it became healthy (see its output above).");
            }

            try
            {
                using var response = await http.GetAsync(_healthUri, cancellationToken);
                if (response.IsSuccessStatusCode && IsFullyHealthy(await response.Content.ReadAsStringAsync(cancellationToken)))
                {
                    _report(ResourceState.Healthy, process.Id, null);
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // A slow first answer while it warms up.
            }

            if (clock.Elapsed > HealthyTimeout)
            {
                throw new TimeoutException($"{_service.Name} did not become healthy within {HealthyTimeout.TotalSeconds:0} s at {_healthUri}.");
            }

            await Task.Delay(250, cancellationToken);
        }
    }

    /// <summary>
    /// Degraded also answers 200 (a service keeps taking writes while the broker is away), but at
    /// start-up we wait for Healthy: only then are its queues bound, so no event sent to it is missed.
    /// </summary>
    private static bool IsFullyHealthy(string report)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(report);
            return json.RootElement.TryGetProperty("status", out var status) && status.GetString() == "Healthy";
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private async Task SuperviseAsync(Process process)
    {
        var backOff = TimeSpan.FromSeconds(1);
        var startedAt = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await process.WaitForExitAsync(_stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (startedAt.Elapsed > StableAfter)
            {
                backOff = TimeSpan.FromSeconds(1);
            }

            _report(ResourceState.Restarting, null, $"exited with code {process.ExitCode}; restarting in {backOff.TotalSeconds:0} s");
            _console.Line(_service.Name, $"exited unexpectedly with code {process.ExitCode}; restarting in {backOff.TotalSeconds:0} s", isError: true);
            try
            {
                await Task.Delay(backOff, _stopping.Token);
                process.Dispose();
                process = Launch();
                startedAt.Restart();
                await WaitUntilHealthyAsync(process, _stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception exception) when (exception is InvalidOperationException or TimeoutException)
            {
                _console.Line(_service.Name, exception.Message, isError: true);
            }

            backOff = TimeSpan.FromTicks(Math.Min(backOff.Ticks * 2, MaxBackOff.Ticks));
        }
    }

    private async Task StopAsync(Process process)
    {
        if (process.HasExited)
        {
            return;
        }

        UnixSignals.Send(process.Id, UnixSignals.Terminate);
        using var grace = new CancellationTokenSource(StopGracePeriod);
        try
        {
            await process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            _console.Line(_service.Name, $"did not stop within {StopGracePeriod.TotalSeconds:0} s; killing it", isError: true);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
