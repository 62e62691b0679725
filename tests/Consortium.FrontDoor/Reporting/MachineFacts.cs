namespace Consortium.FrontDoor.Reporting;

/// <summary>The machine the figures belong to, and how busy it was.</summary>
internal static class MachineFacts
{
    public static string Describe()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        var memory = File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var os = File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(line => line.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=', 2)[1].Trim('"')
            : null;
        return $"{cpu}, {Environment.ProcessorCount} logical cores, {long.Parse(memory, System.Globalization.CultureInfo.InvariantCulture) / 1024 / 1024} GB RAM; {os}; .NET {Environment.Version}";
    }

    public static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ').Take(3).Aggregate((a, b) => $"{a} {b}");
}
