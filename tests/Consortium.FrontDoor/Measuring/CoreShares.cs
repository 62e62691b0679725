using System.Globalization;

namespace Consortium.FrontDoor.Measuring;

/// <summary>One kind of process's share of the machine during a scenario, in cores (1.0 = one core busy throughout).</summary>
internal sealed record CoreShare(string Process, double Cores);

/// <summary>
/// Where the machine's cores went during a scenario, per kind of process: each service, the
/// PostgreSQL backends together, RabbitMQ, Redis, the dashboard, the load generator itself, and
/// the cores left idle. Read from the kernel's CPU accounting (<c>/proc/stat</c> and each
/// process's <c>stat</c>) at the scenario's start and end, so it costs nothing while the scenario
/// runs and needs no profiler. The window-close rush is limited by the whole machine, not by one
/// service; this says by which parts of it (docs/performance/front-door.md).
/// </summary>
internal static class CoreShares
{
    private const string Idle = "(idle)";
    private const string Stolen = "(taken by the hypervisor)";

    /// <summary>The CPU time every process and the machine had used so far.</summary>
    public static CoreSnapshot Take()
    {
        var ticks = new Dictionary<int, (string Process, long Ticks)>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid) && ProcessTicks(pid) is { } used)
            {
                ticks[pid] = used;
            }
        }

        // The first line sums every core: user nice system idle iowait irq softirq steal …
        var machine = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(field => long.Parse(field, CultureInfo.InvariantCulture)).ToArray();
        return new CoreSnapshot(ticks, machine.Take(8).Sum(), machine[3] + machine[4], machine[7], MachineCores());
    }

    /// <summary>
    /// The cores the kernel accounts for (a line each in <c>/proc/stat</c>), which the shares add up
    /// to; a container's limit may let this process use fewer (<see cref="Environment.ProcessorCount"/>).
    /// </summary>
    public static int MachineCores() =>
        File.ReadLines("/proc/stat").Count(line => line.StartsWith("cpu", StringComparison.Ordinal) && line.Length > 3 && char.IsAsciiDigit(line[3]));

    /// <summary>Each kind of process's share between two snapshots, largest first, then what a virtual machine's host took and the idle cores.</summary>
    public static IReadOnlyList<CoreShare> Between(CoreSnapshot start, CoreSnapshot end)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(end);
        var elapsed = end.MachineTicks - start.MachineTicks;
        if (elapsed <= 0)
        {
            return [];
        }

        // A process that started meanwhile (a PostgreSQL backend) counts whole; one that ended is not seen.
        double Cores(long ticks) => (double)ticks / elapsed * end.Cores;
        var used = end.Processes
            .Select(entry => (entry.Value.Process, Ticks: entry.Value.Ticks - (start.Processes.TryGetValue(entry.Key, out var before) && before.Process == entry.Value.Process ? before.Ticks : 0)))
            .GroupBy(entry => entry.Process, entry => entry.Ticks)
            .Select(group => new CoreShare(group.Key, Cores(group.Sum())))
            .Where(share => share.Cores >= 0.005)
            .OrderByDescending(share => share.Cores);
        var stolen = Cores(end.StolenTicks - start.StolenTicks);
        return [.. used, .. stolen >= 0.005 ? [new CoreShare(Stolen, stolen)] : Array.Empty<CoreShare>(), new CoreShare(Idle, Cores(end.IdleTicks - start.IdleTicks))];
    }

    private static (string Process, long Ticks)? ProcessTicks(int pid)
    {
        try
        {
            // Fields after the command's closing parenthesis: state is 3rd, utime 14th, stime 15th.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return (KindOf(pid, File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries)), ticks);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null; // exited meanwhile
        }
    }

    private static string KindOf(int pid, string[] commandLine)
    {
        if (pid == Environment.ProcessId)
        {
            return "load generator (this process)";
        }

        if (commandLine.Length == 0)
        {
            return "kernel threads";
        }

        // "postgres: consortium insights-db 127.0.0.1(…) idle" is a backend's title.
        var program = Path.GetFileName(commandLine[0].Split(' ')[0]).TrimEnd(':');
        if (program == "dotnet" && commandLine.Length > 1)
        {
            program = Path.GetFileNameWithoutExtension(commandLine[1]);
        }

        return program switch
        {
            "postgres" => "PostgreSQL (every backend)",
            "beam.smp" or "epmd" or "erl_child_setup" or "inet_gethost" => "RabbitMQ",
            "redis-server" => "Redis",
            "Aspire.Dashboard" => "Aspire dashboard",
            "dcp" or "dcpctrl" => "orchestrator (DCP)",
            _ when program.StartsWith("Consortium.", StringComparison.Ordinal) => program,
            _ => "everything else",
        };
    }
}

/// <summary>CPU time so far, in clock ticks: per process (with its kind), the whole machine's, idle, and taken by a virtual machine's host; and how many cores the machine has.</summary>
internal sealed record CoreSnapshot(IReadOnlyDictionary<int, (string Process, long Ticks)> Processes, long MachineTicks, long IdleTicks, long StolenTicks, int Cores);
