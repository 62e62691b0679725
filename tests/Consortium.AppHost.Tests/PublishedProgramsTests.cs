using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;
using Xunit;

namespace Consortium.AppHost.Tests;

/// <summary>
/// Building the app host publishes every program precompiled, and the programs' identical library
/// files are one file on disk, so the kernel caches each library once for all of them (ADR 37).
/// Without the sharing the seven programs held some 190 MB more.
/// </summary>
public sealed class PublishedProgramsTests
{
    private static readonly string[] s_programs =
        ["Districts", "Topics", "Submissions", "Pipeline", "Insights", "Identity", "Web"];

    [Fact]
    public void Every_program_is_published_where_the_app_host_starts_it()
    {
        var folders = PublishFolders();

        Assert.Equal(s_programs.Length + 1, folders.Count); // the demo loader too
        foreach (var (program, folder) in folders)
        {
            Assert.True(File.Exists(Path.Combine(folder, "Consortium." + program)), $"{program} has no executable in {folder}");
        }
    }

    [Fact]
    public void Identical_libraries_of_the_programs_are_one_file()
    {
        var libraries = PublishFolders().Values
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.dll"))
            .ToList();
        var inodes = Inodes(libraries);

        var identical = libraries
            .GroupBy(library => (Path.GetFileName(library), Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(library)))))
            .Where(group => group.Count() > 1)
            .ToList();

        // Every service loads Npgsql and EF Core: the sharing has something to share.
        Assert.Contains(identical, group => group.Key.Item1 == "Npgsql.dll" && group.Count() >= 6);
        Assert.All(identical, group =>
            Assert.True(group.Select(library => inodes[library]).Distinct().Count() == 1,
                $"{group.Key.Item1} is {group.Select(library => inodes[library]).Distinct().Count()} files: {string.Join(", ", group)}"));
    }

    // bin/<configuration>/<framework>/<runtime>/publish of each program, in the configuration this
    // test (and so the app host beside it) was built in.
    private static Dictionary<string, string> PublishFolders()
    {
        var repository = new DirectoryInfo(Projects.Consortium_AppHost.ProjectPath);
        while (!File.Exists(Path.Combine(repository.FullName, "Consortium.sln")))
        {
            repository = repository.Parent ?? throw new InvalidOperationException("The app host is not in the repository.");
        }

        var configuration = typeof(PublishedProgramsTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var projects = s_programs.ToDictionary(program => program, program => Path.Combine(repository.FullName, "services", program));
        projects["DemoLoader"] = Path.Combine(repository.FullName, "AppHost", "DemoLoader");

        return projects.ToDictionary(
            project => project.Key,
            project => Directory.GetDirectories(Path.Combine(project.Value, "bin", configuration, "net10.0"), "publish", SearchOption.AllDirectories).Single());
    }

    // The inode of each file, as stat(1) reports it: the one way to see that two paths are one file.
    private static Dictionary<string, string> Inodes(IReadOnlyList<string> files)
    {
        var stat = new ProcessStartInfo("stat") { RedirectStandardOutput = true };
        stat.ArgumentList.Add("--format=%i %n");
        foreach (var file in files)
        {
            stat.ArgumentList.Add(file);
        }

        using var process = Process.Start(stat)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' ', 2))
            .ToDictionary(parts => parts[1], parts => parts[0]);
    }
}
