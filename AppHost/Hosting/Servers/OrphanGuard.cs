using System.Globalization;
using System.Runtime.Versioning;

namespace Consortium.Hosting.Servers;

/// <summary>
/// Makes sure servers do not outlive this .NET process when it dies without disposing them
/// (crash, SIGKILL, a test host killed on timeout): a tiny detached shell polls this process and,
/// once it is gone, signals the servers to shut down cleanly and deletes a throwaway folder.
/// Disposing the guard disarms it.
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed class OrphanGuard : IAsyncDisposable
{
    // Arguments: this process's id, the signal name, the folder to delete ("" to keep it), the
    // server process ids. Waits for the servers to exit (at most ~30 s each) before deleting.
    private const string WatchScript = """
        parent=$1 signal=$2 folder=$3
        shift 3
        while kill -0 "$parent" 2>/dev/null; do sleep 1; done
        for pid in "$@"; do kill "-$signal" "$pid" 2>/dev/null; done
        [ -n "$folder" ] || exit 0
        for pid in "$@"; do
          waited=0
          while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 300 ]; do sleep 0.1; waited=$((waited + 1)); done
        done
        rm -rf "$folder"
        """;

    private readonly ServerProcess _watcher;

    private OrphanGuard(ServerProcess watcher) => _watcher = watcher;

    /// <param name="signalName">Signal name as kill(1) takes it, e.g. TERM or INT.</param>
    /// <param name="folderToDelete">A throwaway data folder, or null to keep the data.</param>
    public static OrphanGuard Watch(string signalName, string? folderToDelete, params int[] serverProcessIds)
    {
        string[] arguments = ["-c", WatchScript, "orphan-guard", Invariant(Environment.ProcessId), signalName, folderToDelete ?? string.Empty];
        return new OrphanGuard(ServerProcess.Start("/bin/sh", arguments.Concat(serverProcessIds.Select(Invariant)), "/dev/null"));
    }

    public async ValueTask DisposeAsync()
    {
        await _watcher.StopAsync(UnixSignals.Terminate, TimeSpan.FromSeconds(5));
        _watcher.Dispose();
    }

    private static string Invariant(int number) => number.ToString(CultureInfo.InvariantCulture);
}
