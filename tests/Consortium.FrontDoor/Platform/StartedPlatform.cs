using System.Diagnostics;
using System.Globalization;

namespace Consortium.FrontDoor.Platform;

/// <summary>
/// The whole platform as scripts/start.sh runs it (the AppHost, already built in Release, on its
/// fixed ports, local servers, no demo), started on a fresh state folder in a session of its own
/// and stopped as Ctrl+C would stop it: the figures a person running it gets, not a test host's.
/// Cold start: from the launch until every service and the Web answer /health. Memory: the
/// proportional set size (PSS, so PostgreSQL's shared memory counts once), summed, of every
/// process new since the launch that belongs to this platform (the orchestrator detaches, so not
/// only the launch's descendants): its command line names this repository or state folder, or it
/// is the orchestrator (dcp) or the dashboard; and their descendants.
/// </summary>
internal sealed class StartedPlatform : IAsyncDisposable
{
    private static readonly int[] s_healthPorts = [5110, 5120, 5130, 5140, 5150, 5160, 5170];
    private static readonly Lock s_logLock = new();
    private readonly Process _process;

    private readonly IReadOnlySet<int> _before;
    private readonly string _repository;

    private StartedPlatform(Process process, IReadOnlySet<int> before, string repository, string stateDirectory, TimeSpan coldStart)
    {
        _process = process;
        _before = before;
        _repository = repository;
        StateDirectory = stateDirectory;
        ColdStart = coldStart;
    }

    public string StateDirectory { get; }

    public TimeSpan ColdStart { get; }

    public static async Task<StartedPlatform> StartAsync(string repository, string stateDirectory, double traceSampleRatio, TextWriter log, CancellationToken cancellationToken)
    {
        var start = AppHostLaunch.For(repository, "Release", [
            "--Consortium:LoadDemo=false", "--Consortium:Servers=local", $"--Consortium:StateDirectory={stateDirectory}"]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        if (traceSampleRatio < 1)
        {
            // The app host hands the standard sampler settings to every program it starts.
            start.Environment["OTEL_TRACES_SAMPLER"] = "parentbased_traceidratio";
            start.Environment["OTEL_TRACES_SAMPLER_ARG"] = traceSampleRatio.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var before = Parents().Keys.ToHashSet();
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start)!;
        var logFile = Path.Combine(stateDirectory, "front-door-apphost.log");
        _ = CopyAsync(process.StandardOutput, logFile);
        _ = CopyAsync(process.StandardError, logFile);
        var platform = new StartedPlatform(process, before, repository, stateDirectory, TimeSpan.Zero);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var reported = TimeSpan.Zero;
        while (!await AllHealthyAsync(http, cancellationToken))
        {
            if (clock.Elapsed - reported > TimeSpan.FromMinutes(1))
            {
                reported = clock.Elapsed;
                log.WriteLine($"  not yet healthy after {clock.Elapsed.TotalSeconds:F0} s (load average {Reporting.MachineFacts.LoadAverage()})");
            }

            if (process.HasExited || clock.Elapsed > TimeSpan.FromMinutes(15))
            {
                await platform.DisposeAsync();
                throw new InvalidOperationException($"The platform did not become healthy (see {logFile}).");
            }

            await Task.Delay(100, cancellationToken);
        }

        log.WriteLine($"Platform healthy {clock.Elapsed.TotalSeconds:F1} s after launch (state: {stateDirectory})");
        return new StartedPlatform(process, before, repository, stateDirectory, clock.Elapsed);
    }

    /// <summary>PSS of the platform's processes, in MB, and how many.</summary>
    public (double Megabytes, int Processes) ResidentMemory()
    {
        var parents = Parents();
        var roots = parents.Keys.Where(pid => !_before.Contains(pid) && BelongsToThePlatform(CommandLine(pid))).Append(_process.Id);
        var descendants = Descendants(parents, roots);
        long kilobytes = 0;
        foreach (var pid in descendants)
        {
            try
            {
                var pss = File.ReadLines($"/proc/{pid}/smaps_rollup").FirstOrDefault(line => line.StartsWith("Pss:", StringComparison.Ordinal));
                kilobytes += pss is null ? 0 : long.Parse(pss.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // exited meanwhile
            }
        }

        return (kilobytes / 1024.0, descendants.Count);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // Ctrl+C in a terminal: SIGINT to the whole foreground process group.
            Signal("INT", -_process.Id);
            using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            try
            {
                await _process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                Signal("KILL", -_process.Id);
            }
        }

        _process.Dispose();
    }

    private static void Signal(string signal, int target)
    {
        using var kill = Process.Start("kill", ["-" + signal, "--", target.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private static async Task<bool> AllHealthyAsync(HttpClient http, CancellationToken cancellationToken)
    {
        foreach (var port in s_healthPorts)
        {
            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health"), cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    return false;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                return false;
            }
        }

        return true;
    }

    private bool BelongsToThePlatform(string commandLine) =>
        commandLine.Contains(_repository, StringComparison.Ordinal)
        || commandLine.Contains(StateDirectory, StringComparison.Ordinal)
        || commandLine.Contains("Aspire.Dashboard", StringComparison.Ordinal)
        || Path.GetFileName(commandLine.Split(' ', 2)[0]).StartsWith("dcp", StringComparison.Ordinal);

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return string.Empty; // exited meanwhile
        }
    }

    /// <summary>Every process's parent.</summary>
    private static Dictionary<int, int> Parents()
    {
        var parents = new Dictionary<int, int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid))
            {
                try
                {
                    var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                    parents[pid] = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // exited meanwhile
                }
            }
        }

        return parents;
    }

    private static HashSet<int> Descendants(Dictionary<int, int> parents, IEnumerable<int> roots)
    {
        var found = roots.ToList();
        var seen = found.ToHashSet();
        for (var i = 0; i < found.Count; i++)
        {
            foreach (var child in parents.Where(entry => entry.Value == found[i] && seen.Add(entry.Key)).Select(entry => entry.Key))
            {
                found.Add(child);
            }
        }

        return seen;
    }

    private static async Task CopyAsync(StreamReader reader, string file)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (s_logLock)
            {
                File.AppendAllText(file, line + Environment.NewLine);
            }
        }
    }
}
