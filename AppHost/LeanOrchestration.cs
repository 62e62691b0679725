namespace Consortium.AppHost;

/// <summary>
/// Runs the orchestrator (DCP) without a monitor process per program (issue 14: the platform idle
/// under 1.5 GB; ADR 33). DCP otherwise starts one beside every program it runs, some 22 MB each
/// (225 MB in all for eleven), whose only job is to stop that program should DCP itself die
/// without stopping it. DCP watches this process and stops every program when it ends, so only a
/// DCP killed outright would leave programs running. The setting reaches DCP through this
/// process's environment, which it inherits.
/// </summary>
internal static class LeanOrchestration
{
    private const string DisableMonitors = "DCP_DISABLE_MONITOR_PROCESS";

    public static void Apply()
    {
        switch (Environment.GetEnvironmentVariable(DisableMonitors))
        {
            case null:
                Environment.SetEnvironmentVariable(DisableMonitors, "true");
                break;
            case "false" or "0":
                // The caller wants the monitors; DCP disables them whatever the variable's value.
                Environment.SetEnvironmentVariable(DisableMonitors, null);
                break;
        }
    }
}
