namespace Consortium.AppHost.Tests;

/// <summary>Reads running processes from /proc (no procps needed), to prove nothing was left behind.</summary>
internal static class ProcessTable
{
    public static IReadOnlyList<string> CommandLinesContaining(string text) =>
        [.. Directory.EnumerateDirectories("/proc")
            .Where(directory => int.TryParse(Path.GetFileName(directory), out _))
            .Select(ReadCommandLine)
            .OfType<string>()
            .Where(commandLine => commandLine.Contains(text, StringComparison.Ordinal))];

    public static bool IsRunning(int processId) => ReadCommandLine($"/proc/{processId}") is not null;

    private static string? ReadCommandLine(string processDirectory)
    {
        try
        {
            var raw = File.ReadAllText(Path.Combine(processDirectory, "cmdline"));
            return raw.Length == 0 ? null : raw.Replace('\0', ' ');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
