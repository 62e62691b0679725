using Consortium.FrontDoor.Callers;
using Consortium.FrontDoor.Platform;
using Consortium.FrontDoor.Scenarios;
using Consortium.FrontDoor.Seeding;

namespace Consortium.FrontDoor;

/// <summary>
/// The load generator against a running platform: the synthetic consortium grown size by size
/// (e.g. 1,300 then 13,000 districts), every scenario and baseline measured at each size. The
/// program (FrontDoorProgram) and the AppHost end-to-end tests (a tiny run) both call this.
/// </summary>
internal static class FrontDoorRun
{
    public static async Task<IReadOnlyList<ScaleResult>> RunAsync(
        PlatformAddresses addresses, IReadOnlyList<int> sizes, int seed, ScenarioSettings settings, TextWriter log, CancellationToken cancellationToken)
    {
        using var clients = new FrontDoorClients(addresses);
        var seeder = new Seeder(clients, seed, concurrency: Math.Max(settings.Writers, 4), log);
        var cycle = await seeder.OpenCycleAsync(cancellationToken);
        var results = new List<ScaleResult>();
        foreach (var size in sizes.Order())
        {
            var run = new ScaleRun(clients, addresses, seeder, cycle, settings, log);
            results.Add(await run.RunAsync(size, cancellationToken));
        }

        return results;
    }
}
