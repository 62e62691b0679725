using System.Globalization;

namespace Consortium.Hosting.Tests;

/// <summary>What <c>pgrep -f</c> does, without needing procps: processes whose command line contains a text.</summary>
internal static class RunningProcesses
{
    public static IReadOnlyList<string> WithCommandLineContaining(string text) =>
        [.. Directory.EnumerateDirectories("/proc")
            .Where(directory => int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(CommandLine)
            .Where(commandLine => commandLine.Contains(text, StringComparison.Ordinal))];

    private static string CommandLine(string processDirectory)
    {
        try
        {
            return File.ReadAllText(Path.Combine(processDirectory, "cmdline")).Replace('\0', ' ');
        }
        catch (IOException)
        {
            return string.Empty; // the process exited while we looked
        }
    }
}
