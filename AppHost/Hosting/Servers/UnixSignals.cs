using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Consortium.Hosting.Servers;

/// <summary>
/// Sends signals other than SIGKILL, which is all <see cref="System.Diagnostics.Process.Kill()"/>
/// can do: the servers need SIGTERM/SIGINT to shut down cleanly.
/// </summary>
[SupportedOSPlatform("linux")]
public static partial class UnixSignals
{
    public const int Interrupt = 2;
    public const int Terminate = 15;

    /// <summary>SIGKILL: no clean-up possible, as when the kernel kills a process for memory.</summary>
    public const int ForcedKill = 9;

    /// <summary>Returns false when the process no longer exists.</summary>
    public static bool Send(int processId, int signal) => Kill(processId, signal) == 0;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int processId, int signal);
}
