using System.Diagnostics;

namespace Consortium.AppHost.Tests;

/// <summary>
/// The processes a platform runs (orchestrator, dashboard, servers, services, demo loader), so a
/// test can show that stopping leaves none behind: whatever is new since a snapshot taken before
/// the start must be gone.
/// </summary>
internal static class PlatformProcesses
{
    private static readonly string[] s_programs =
    [
        "dcp", "Aspire.Dashboard", "postgres", "beam.smp", "epmd", "redis-server",
        "Consortium.Districts", "Consortium.Topics", "Consortium.Submissions", "Consortium.Pipeline", "Consortium.Insights",
        "Consortium.Identity", "Consortium.Web", "Consortium.DemoLoader",
    ];

    public static IReadOnlySet<int> Snapshot() =>
        Directory.EnumerateDirectories("/proc")
            .Select(directory => int.TryParse(Path.GetFileName(directory), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && IsPlatformProgram(pid))
            .ToHashSet();

    public static IReadOnlyList<int> ChildrenOf(int parent) =>
        [.. Directory.EnumerateDirectories("/proc")
            .Select(directory => int.TryParse(Path.GetFileName(directory), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && ParentOf(pid) == parent)];

    /// <summary>Waits until every platform process not in <paramref name="before"/> has exited; returns the ones that remain.</summary>
    public static async Task<IReadOnlyList<string>> LeftBehindAsync(IReadOnlySet<int> before, TimeSpan patience, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var remaining = Snapshot().Where(pid => !before.Contains(pid)).ToList();
            if (remaining.Count == 0 || deadline.Elapsed > patience)
            {
                return [.. remaining.Select(pid => $"{pid}: {CommandLine(pid)}")];
            }

            await Task.Delay(250, cancellationToken);
        }
    }

    private static bool IsPlatformProgram(int pid)
    {
        var commandLine = CommandLine(pid);
        // PostgreSQL's children rename themselves "postgres: checkpointer" and so on.
        var program = Path.GetFileName(commandLine.Split(' ', 2)[0]).TrimEnd(':');
        // The .NET programs run as their apphost executables (ADR 25); `dotnet <name>.dll` counts too.
        return s_programs.Any(name => program == name || commandLine.Contains($"/{name}.dll", StringComparison.Ordinal));
    }

    private static int? ParentOf(int pid)
    {
        try
        {
            // /proc/PID/stat: "pid (name) state ppid ..."; the name may hold spaces, so read after ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (IOException)
        {
            return string.Empty; // exited meanwhile
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
