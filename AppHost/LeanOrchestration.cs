namespace Consortium.AppHost;

/// <summary>
/// Settings of the orchestrator and the dashboard that cost memory and bought nothing here (issue 14:
/// the platform idle under 1.5 GB). Both go through this process's environment, which the
/// orchestrator (DCP) and every program it starts inherit; a value the caller set is kept.
/// <list type="bullet">
/// <item><c>DCP_DISABLE_MONITOR_PROCESS</c>: DCP otherwise starts one monitor process per program it
/// runs (some 22 MB each, 225 MB in all for eleven), which stops the program should DCP itself
/// die without stopping it. DCP watches this process and stops every program when it ends, so
/// only a DCP killed outright would leave programs running (ADR 33).</item>
/// <item><c>DOTNET_gcServer=0</c>: the dashboard is built with the server GC, a heap per core sized for
/// throughput; it takes the telemetry of one machine's platform. The services already use the
/// workstation GC (ADR 26).</item>
/// </list>
/// </summary>
internal static class LeanOrchestration
{
    public static void Apply()
    {
        SetUnlessSet("DCP_DISABLE_MONITOR_PROCESS", "true");
        SetUnlessSet("DOTNET_gcServer", "0");
    }

    private static void SetUnlessSet(string variable, string value)
    {
        if (Environment.GetEnvironmentVariable(variable) is null)
        {
            Environment.SetEnvironmentVariable(variable, value);
        }
    }
}
