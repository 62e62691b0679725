using System.Diagnostics;

namespace Consortium.Hosting.Servers;

/// <summary>Runs a short-lived command (initdb, pg_ctl, chown) to completion.</summary>
internal static class CommandRunner
{
    /// <summary>Returns the command's output; throws with that output when it fails.</summary>
    /// <param name="runAsUser">Run through runuser as this user (we are root and the program refuses root).</param>
    public static async Task<string> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        CancellationToken cancellationToken,
        string? runAsUser = null,
        string? workingDirectory = null)
    {
        var startInfo = new ProcessStartInfo
        {
            FileName = runAsUser is null ? fileName : "runuser",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        if (runAsUser is not null)
        {
            foreach (var argument in new[] { "-u", runAsUser, "--", fileName })
            {
                startInfo.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            var combined = (await output + await errors).Trim();
            return process.ExitCode == 0
                ? combined
                : throw new InvalidOperationException($"{Path.GetFileName(fileName)} exited with code {process.ExitCode}: {combined}");
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }
}
