using Consortium.Hosting.Servers;

namespace Consortium.AppHost.Tests.Faults;

/// <summary>
/// SIGKILLs the real program behind a resource, as the kernel's out-of-memory killer would. The
/// orchestrator's process for a resource is not always that program: RabbitMQ runs under its
/// start script (the Erlang VM, beam.smp, is its child). Killing the wrapper would leave the server
/// running, orphaned. A service is its own process (its built program, ADR 25).
/// </summary>
internal static class ProcessKiller
{
    private static readonly Dictionary<string, string> s_programs = new(StringComparer.Ordinal)
    {
        [ResourceNames.Postgres] = "postgres",
        [ResourceNames.RabbitMq] = "beam.smp",
        [ResourceNames.Redis] = "redis-server",
        [ResourceNames.Districts] = "Consortium.Districts",
        [ResourceNames.Topics] = "Consortium.Topics",
        [ResourceNames.Submissions] = "Consortium.Submissions",
        [ResourceNames.Pipeline] = "Consortium.Pipeline",
        [ResourceNames.Insights] = "Consortium.Insights",
    };

    /// <summary>Kills the resource's program (found from the orchestrator's process id); returns the id killed.</summary>
    public static int Kill(string resource, int orchestratedProcess)
    {
        var program = s_programs[resource];
        var target = SelfAndDescendants(orchestratedProcess).FirstOrDefault(pid => Runs(pid, program));
        if (target == 0 || !UnixSignals.Send(target, UnixSignals.ForcedKill))
        {
            throw new InvalidOperationException($"No running {program} under process {orchestratedProcess} ({resource}).");
        }

        return target;
    }

    // Breadth first, so a server that forks workers of the same name (PostgreSQL) is found as itself.
    private static IEnumerable<int> SelfAndDescendants(int root)
    {
        var queue = new Queue<int>([root]);
        while (queue.TryDequeue(out var pid))
        {
            yield return pid;
            foreach (var child in PlatformProcesses.ChildrenOf(pid))
            {
                queue.Enqueue(child);
            }
        }
    }

    private static bool Runs(int pid, string program)
    {
        string commandLine;
        try
        {
            commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (IOException)
        {
            return false; // exited meanwhile
        }

        var executable = Path.GetFileName(commandLine.Split(' ', 2)[0]);
        return executable == program || commandLine.Contains($"/{program}.dll", StringComparison.Ordinal);
    }
}
