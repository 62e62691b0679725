namespace Consortium.Testing;

/// <summary>Decides how test servers run: <c>CONSORTIUM_TEST_SERVERS</c> = auto (default) | local | containers.</summary>
public static class TestServerSelection
{
    public const string Variable = "CONSORTIUM_TEST_SERVERS";

    /// <summary>
    /// Auto prefers the local binaries and falls back to containers only when they are missing and a
    /// Docker engine answers; with neither, local is chosen so the error names the packages to install.
    /// </summary>
    /// <param name="setting">The variable's value; null or empty means auto.</param>
    public static async Task<TestServerMode> ChooseAsync(
        string? setting,
        Func<bool> localServersInstalled,
        Func<CancellationToken, Task<bool>> dockerEngineReachable,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(localServersInstalled);
        ArgumentNullException.ThrowIfNull(dockerEngineReachable);
        switch (setting?.Trim().ToUpperInvariant())
        {
            case null or "" or "AUTO":
                return !localServersInstalled() && await dockerEngineReachable(cancellationToken)
                    ? TestServerMode.Containers
                    : TestServerMode.Local;
            case "LOCAL":
                return TestServerMode.Local;
            case "CONTAINERS":
                return TestServerMode.Containers;
            default:
                throw new InvalidOperationException($"{Variable} must be auto, local or containers, not '{setting}'.");
        }
    }

    /// <summary>The choice for this machine and environment.</summary>
    public static Task<TestServerMode> ChooseForThisMachineAsync(CancellationToken cancellationToken = default) =>
        ChooseAsync(
            Environment.GetEnvironmentVariable(Variable),
            () => OperatingSystem.IsLinux() && Consortium.Hosting.Servers.ServerBinaries.AllInstalled(),
            DockerEngine.IsReachableAsync,
            cancellationToken);
}
