using System.Diagnostics;
using System.Runtime.Versioning;

namespace Consortium.Hosting.Servers;

/// <summary>
/// A long-running server process with its output appended to a log file, in its own session so
/// that a Ctrl+C meant for the .NET process does not hit it: we stop servers ourselves, in order.
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed class ServerProcess : IDisposable
{
    // sh redirects the output into the log file (Process can only redirect into pipes this process
    // would have to pump and that would break when it exits); setsid detaches the session. Both
    // exec, so the process we hold is the server itself.
    private const string LaunchScript = "log=$1; shift; exec setsid \"$@\" </dev/null >>\"$log\" 2>&1";

    private readonly Process _process;

    private ServerProcess(Process process, string logFile)
    {
        _process = process;
        LogFile = logFile;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string LogFile { get; }

    /// <param name="configureEnvironment">Edits the environment the server inherits from this process.</param>
    public static ServerProcess Start(
        string fileName,
        IEnumerable<string> arguments,
        string logFile,
        Action<IDictionary<string, string?>>? configureEnvironment = null)
    {
        var startInfo = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        foreach (var argument in new[] { "-c", LaunchScript, "sh", logFile, fileName }.Concat(arguments))
        {
            startInfo.ArgumentList.Add(argument);
        }

        configureEnvironment?.Invoke(startInfo.Environment);
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        return new ServerProcess(process, logFile);
    }

    /// <summary>
    /// Sends <paramref name="signal"/> and waits for the process to exit; kills it (and whatever it
    /// started) when it has not exited after <paramref name="gracePeriod"/>.
    /// </summary>
    /// <returns>False when the process had to be killed.</returns>
    public async Task<bool> StopAsync(int signal, TimeSpan gracePeriod)
    {
        if (_process.HasExited)
        {
            return true;
        }

        UnixSignals.Send(_process.Id, signal);
        using var deadline = new CancellationTokenSource(gracePeriod);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
            return false;
        }
    }

    public void Dispose() => _process.Dispose();
}
