using Consortium.Testing;

namespace Consortium.LoadGenerator;

/// <summary>
/// End-to-end performance of Insights: private PostgreSQL, RabbitMQ and Redis (as the tests start
/// them), the service hosted in this process, its read model seeded through the broker, then
/// ingestion rate, freshness and CompareTarget latency at each consortium size, with ratios
/// against the first size. Prints a markdown table and writes it to <c>--output</c>.
/// </summary>
internal static class LoadGeneratorProgram
{
    public static async Task<int> Main(string[] args)
    {
        LoadOptions options;
        try
        {
            options = LoadOptions.Parse(args);
        }
        catch (ArgumentException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 2;
        }

        // Relative paths are the caller's; the test host then looks for its manifest
        // (MvcTestingAppManifest.json: where the service's content root is) in the working directory.
        options = options with { Output = Path.GetFullPath(options.Output) };
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);

        var servers = new TestInfrastructure();
        Progress.Say("starting private PostgreSQL, RabbitMQ and Redis");
        await servers.InitializeAsync();
        try
        {
            var results = new List<ScaleResult>();
            Directory.CreateDirectory(Path.GetDirectoryName(options.Output)!);
            var report = string.Empty;
            foreach (var districts in options.Districts)
            {
                results.Add(await ScaleRun.RunAsync(servers, options, districts));
                // Written after every size, so a run stopped during a large size keeps what it measured.
                report = await Report.WriteAsync(results, options, servers);
                await File.WriteAllTextAsync(options.Output, report);
                Progress.Say($"written to {options.Output}");
            }

            Console.WriteLine(report);
            return 0;
        }
        finally
        {
            await servers.DisposeAsync();
        }
    }
}
