// The front-door load generator (issue 14): drives the running platform the way clients do, gRPC
// over loopback with bearer tokens, and writes a Markdown report. scripts/bench.sh --front-door
// runs it with --start; see FrontDoorOptions for the options.
using Consortium.FrontDoor;
using Consortium.FrontDoor.Platform;
using Consortium.FrontDoor.Reporting;
using Consortium.FrontDoor.Scenarios;

[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

var options = FrontDoorOptions.Parse(args);
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var started = DateTimeOffset.UtcNow;
var loadBefore = MachineFacts.LoadAverage();
var settings = new ScenarioSettings(options.Duration, options.Readers, options.Writers, options.WritingDistricts);
IReadOnlyList<ScaleResult> results;
PlatformFacts? facts = null;
if (options.Start)
{
    var repository = Directory.GetCurrentDirectory();
    var state = Directory.CreateTempSubdirectory("consortium-front-door-").FullName;
    await using var platform = await StartedPlatform.StartAsync(repository, state, options.TraceSampleRatio, Console.Out, cancellation.Token);
    // Let start-up work (migrations, first connections, JIT) settle before calling it idle.
    await Task.Delay(TimeSpan.FromSeconds(20), cancellation.Token);
    var empty = platform.ResidentMemory();
    Console.WriteLine($"Idle, empty: {empty.Megabytes:N0} MB PSS in {empty.Processes} processes");
    results = await FrontDoorRun.RunAsync(PlatformAddresses.Local(state), options.Sizes, options.Seed, settings, Console.Out, cancellation.Token);
    await Task.Delay(TimeSpan.FromSeconds(20), cancellation.Token);
    var after = platform.ResidentMemory();
    facts = new PlatformFacts(platform.ColdStart, empty.Megabytes, after.Megabytes, empty.Processes);
}
else
{
    results = await FrontDoorRun.RunAsync(PlatformAddresses.Local(options.StateDirectory ?? ".state"), options.Sizes, options.Seed, settings, Console.Out, cancellation.Token);
}

var report = FrontDoorReport.Write(options, results, facts, loadBefore, MachineFacts.LoadAverage(), started);
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Output))!);
await File.WriteAllTextAsync(options.Output, report);
Console.WriteLine($"Report: {options.Output}");
return 0;
