using System.Runtime.Versioning;
using Microsoft.Extensions.Logging;

namespace Consortium.Hosting.Servers;

/// <summary>
/// Lets another user (postgres, when we run as root) own a data folder and reach it: temporary
/// folders are created 0700, and a folder under /root is out of other users' reach.
/// </summary>
[SupportedOSPlatform("linux")]
internal static class DirectoryAccess
{
    public static Task GiveToUserAsync(string directory, string user, CancellationToken cancellationToken) =>
        CommandRunner.RunAsync("chown", ["-R", $"{user}:", directory], cancellationToken);

    /// <summary>Adds the "others may traverse" bit (not read) to every ancestor lacking it.</summary>
    public static void LetOthersTraverseAncestors(string directory, ILogger logger)
    {
        for (var ancestor = Directory.GetParent(Path.GetFullPath(directory)); ancestor is not null; ancestor = ancestor.Parent)
        {
            var mode = ancestor.UnixFileMode;
            if (!mode.HasFlag(UnixFileMode.OtherExecute))
            {
                logger.LogInformation("Letting other users traverse {Directory} so the server's user can reach its data", ancestor.FullName);
                ancestor.UnixFileMode = mode | UnixFileMode.OtherExecute;
            }
        }
    }

    /// <summary>Deletes a throwaway folder; a failure is logged, not thrown, so cleanup carries on.</summary>
    public static void DeleteQuietly(string directory, ILogger logger)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(exception, "Could not delete {Directory}", directory);
        }
    }
}
