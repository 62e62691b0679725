using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Consortium.AppHost.Security;

namespace Consortium.AppHost.Tests;

/// <summary>
/// The real AppHost as a child process, exactly as a person starts it (its own binary, a state
/// folder, free ports), read through the <c>resources.json</c> it keeps and stopped with SIGINT,
/// as Ctrl+C would.
/// </summary>
internal sealed class RunningAppHost : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private RunningAppHost(Process process, string stateDirectory)
    {
        _process = process;
        StateDirectory = stateDirectory;
    }

    public string StateDirectory { get; }

    public string Output => string.Join(Environment.NewLine, _output);

    public DevelopmentTokens Tokens => new(Convert.FromBase64String(File.ReadAllText(Path.Combine(StateDirectory, "signing-key")).Trim()));

    public static RunningAppHost Start(string stateDirectory, bool loadDemoData)
    {
        var configuration = typeof(RunningAppHost).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var appHost = Path.Combine(RepositoryRoot(), "AppHost", "bin", configuration, "net10.0", "Consortium.AppHost.dll");
        var startInfo = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { appHost, "--state-dir", stateDirectory, "--free-ports" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (loadDemoData)
        {
            startInfo.ArgumentList.Add("--demo");
        }

        startInfo.Environment["NO_COLOR"] = "1";
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("The AppHost did not start.");
        var host = new RunningAppHost(process, stateDirectory);
        process.OutputDataReceived += (_, line) => host.Record(line.Data);
        process.ErrorDataReceived += (_, line) => host.Record(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits for the AppHost's "ready" line, then returns its resources as it reports them.</summary>
    public async Task<IReadOnlyList<Resource>> WaitUntilReadyAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!_output.Any(line => line.Contains("ready. Press Ctrl+C", StringComparison.Ordinal)))
        {
            if (_process.HasExited || clock.Elapsed > timeout)
            {
                throw new TimeoutException($"The AppHost was not ready after {clock.Elapsed} (exited: {_process.HasExited}). Output:{Environment.NewLine}{Output}");
            }

            await Task.Delay(200);
        }

        return Resources();
    }

    public IReadOnlyList<Resource> Resources()
    {
        using var status = JsonDocument.Parse(File.ReadAllText(Path.Combine(StateDirectory, "resources.json")));
        return [.. status.RootElement.GetProperty("resources").EnumerateArray().Select(resource => new Resource(
            resource.GetProperty("name").GetString()!,
            resource.GetProperty("kind").GetString()!,
            resource.GetProperty("state").GetString()!,
            resource.GetProperty("processId").ValueKind == JsonValueKind.Number ? resource.GetProperty("processId").GetInt32() : null,
            resource.GetProperty("endpoints").EnumerateObject().ToDictionary(endpoint => endpoint.Name, endpoint => endpoint.Value.GetString()!)))];
    }

    /// <summary>Sends SIGINT (Ctrl+C) and waits for a clean exit.</summary>
    public async Task<int> InterruptAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var deadline = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(deadline.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Consortium.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Consortium.sln not found above the test binaries.");
    }

    /// <summary>One entry of <c>resources.json</c>.</summary>
    public sealed record Resource(string Name, string Kind, string State, int? ProcessId, IReadOnlyDictionary<string, string> Endpoints);
}
