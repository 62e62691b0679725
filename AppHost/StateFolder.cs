namespace Consortium.AppHost;

/// <summary>
/// Where the platform keeps its data between runs: <c>Consortium:StateDirectory</c> when configured
/// (e.g. <c>--Consortium:StateDirectory=/srv/consortium</c>), otherwise <c>.state/</c> beside
/// Consortium.sln.
/// </summary>
internal static class StateFolder
{
    public const string ConfigurationKey = "Consortium:StateDirectory";

    public static string Resolve(string? configured)
    {
        var directory = configured ?? Path.Combine(RepositoryRoot(), ".state");
        Directory.CreateDirectory(directory);
        return Path.GetFullPath(directory);
    }

    /// <summary>--Consortium:StateDirectory=DIR or --Consortium:StateDirectory DIR, before the host reads its configuration.</summary>
    public static string? FromArguments(string[] args)
    {
        var prefix = $"--{ConfigurationKey}";
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith(prefix + "=", StringComparison.Ordinal))
            {
                return args[i][(prefix.Length + 1)..];
            }

            if (args[i] == prefix && i + 1 < args.Length)
            {
                return args[i + 1];
            }
        }

        return null;
    }

    // The folder holding Consortium.sln, found from where the app host was built; the current folder otherwise.
    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Consortium.sln")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
