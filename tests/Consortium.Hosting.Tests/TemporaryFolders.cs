namespace Consortium.Hosting.Tests;

internal static class TemporaryFolders
{
    public static string Create() => Directory.CreateTempSubdirectory("consortium-hosting-tests-").FullName;
}
