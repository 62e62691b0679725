using System.Diagnostics;
using System.Text.Json;

namespace Consortium.FrontDoor.Platform;

/// <summary>
/// How scripts/start.sh launches the built app host: its own executable, with the environment of the
/// "http" profile of AppHost/Properties/launchSettings.json (what `dotnet run` would apply), so the
/// harness measures the same processes a person running the platform has (ADR 33).
/// </summary>
internal static class AppHostLaunch
{
    private const string Profile = "http";

    /// <summary>The launch of <c>AppHost/bin/{configuration}/net10.0/Consortium.AppHost</c> in <paramref name="repository"/>.</summary>
    public static ProcessStartInfo For(string repository, string configuration, IEnumerable<string> arguments)
    {
        // setsid: a session of its own, so it is stopped as a whole, as Ctrl+C stops start.sh.
        var start = new ProcessStartInfo("setsid") { WorkingDirectory = repository };
        start.ArgumentList.Add(Path.Combine(repository, "AppHost", "bin", configuration, "net10.0", "Consortium.AppHost"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(repository, "AppHost", "Properties", "launchSettings.json")));
        var profile = settings.RootElement.GetProperty("profiles").GetProperty(Profile);
        foreach (var variable in profile.GetProperty("environmentVariables").EnumerateObject())
        {
            start.Environment[variable.Name] = variable.Value.GetString();
        }

        start.Environment["ASPNETCORE_URLS"] = profile.GetProperty("applicationUrl").GetString();
        return start;
    }
}
