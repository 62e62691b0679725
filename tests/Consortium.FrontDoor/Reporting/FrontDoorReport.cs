using System.Globalization;
using System.Text;
using Consortium.FrontDoor.Measuring;
using Consortium.FrontDoor.Scenarios;

namespace Consortium.FrontDoor.Reporting;

/// <summary>What the whole platform costs to hold: measured once per run when the program started it.</summary>
internal sealed record PlatformFacts(TimeSpan ColdStart, double IdleMegabytesEmpty, double IdleMegabytesAfter, int Processes);

/// <summary>
/// The Markdown report: machine, platform facts, per size every operation (throughput, latency
/// percentiles, errors), the ratios to the baselines, the growth between sizes, and issue 14's
/// targets reached or not.
/// </summary>
internal static class FrontDoorReport
{
    public static string Write(FrontDoorOptions options, IReadOnlyList<ScaleResult> results, PlatformFacts? platform, string loadBefore, string loadAfter, DateTimeOffset started)
    {
        var text = new StringBuilder();
        text.AppendLine("# Front door under load: the running platform through gRPC with real tokens");
        text.AppendLine();
        text.AppendLine(Invariant($"Measured {started:yyyy-MM-dd HH:mm}–{DateTimeOffset.UtcNow:HH:mm} UTC by `scripts/bench.sh --front-door` (tests/Consortium.FrontDoor): seed {options.Seed}, {options.Duration.TotalSeconds:F0} s per scenario, {options.Readers} concurrent readers, {options.Writers} concurrent writers, {options.WritingDistricts} writing districts per size; {options.TraceSampling}."));
        text.AppendLine();
        text.AppendLine("## Machine");
        text.AppendLine();
        text.AppendLine($"- {MachineFacts.Describe()}");
        text.AppendLine($"- Load average (1, 5, 15 min) at the start: {loadBefore}; at the end: {loadAfter}. The platform, its servers and the load generator share these cores: only ratios taken in the same run mean much.");
        text.AppendLine();
        if (platform is not null)
        {
            text.AppendLine("## The whole platform");
            text.AppendLine();
            text.AppendLine("| figure | measured | issue 14's target | reached |");
            text.AppendLine("|---|---:|---:|---|");
            text.AppendLine(Invariant($"| cold start of everything, empty state folder (launch → every service and the Web healthy) | {platform.ColdStart.TotalSeconds:F1} s | < 30 s | {Yes(platform.ColdStart.TotalSeconds < 30)} |"));
            text.AppendLine(Invariant($"| idle, empty (PSS of {platform.Processes} processes) | {platform.IdleMegabytesEmpty:N0} MB | < 1,536 MB | {Yes(platform.IdleMegabytesEmpty < 1536)} |"));
            text.AppendLine(Invariant($"| idle after the run (data loaded, caches warm) | {platform.IdleMegabytesAfter:N0} MB | < 1,536 MB | {Yes(platform.IdleMegabytesAfter < 1536)} |"));
            text.AppendLine();
        }

        foreach (var result in results)
        {
            WriteScale(text, result);
        }

        WriteGrowth(text, results);
        WriteTargets(text, results);
        return text.ToString();
    }

    private static void WriteScale(StringBuilder text, ScaleResult result)
    {
        text.AppendLine(Invariant($"## {result.Districts:N0} districts ({result.Submitted:N0} with an accepted submission before the rush)"));
        text.AppendLine();
        text.AppendLine(Invariant($"Seeding through the front door: districts and profiles {result.DistrictsSeeded.TotalSeconds:F0} s ({PerSecond(result.Districts, result.DistrictsSeeded)}); early submissions saved, submitted, accepted and compared by Insights {result.EarlySubmissionsCompared.TotalSeconds:F0} s."));
        text.AppendLine();
        text.AppendLine(Invariant($"Baselines: pgbench single-row inserts {Rate(result.PgbenchInsertsPerSecond)}/s; redis-benchmark GET {Rate(result.RedisGetsPerSecond)}/s."));
        text.AppendLine();
        text.AppendLine("| scenario | operation | calls | per second | p50 ms | p95 ms | p99 ms | max ms | errors | also |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---|---|");
        foreach (var (scenario, operations) in result.Scenarios)
        {
            foreach (var stats in operations)
            {
                text.AppendLine(Invariant($"| {scenario} | {stats.Name} | {stats.Count:N0} | {stats.PerSecond:N1} | {Ms(stats.Milliseconds(50))} | {Ms(stats.Milliseconds(95))} | {Ms(stats.Milliseconds(99))} | {Ms(stats.MaxMilliseconds)} | {Counts(stats.Errors)} | {Counts(stats.Outcomes)} |"));
            }
        }

        text.AppendLine();
        var noOp = result.Find(ScaleRun.Quiet, ScaleRun.NoOp);
        var compare = result.Find(ScaleRun.Quiet, ScaleRun.CompareAll);
        var submit = result.Find(ScaleRun.SubmitScenario, "submit path (save draft + submit)");
        text.AppendLine("Ratios (same run, same machine):");
        text.AppendLine();
        text.AppendLine(Invariant($"- CompareTarget (all members, quiet) / authenticated no-op throughput: **{Ratio(compare.PerSecond, noOp.PerSecond)}**"));
        text.AppendLine(Invariant($"- CompareTarget (20 peers, quiet) / no-op: **{Ratio(result.Find(ScaleRun.Quiet, ScaleRun.ComparePeers).PerSecond, noOp.PerSecond)}**; whom to learn from / no-op: **{Ratio(result.Find(ScaleRun.Quiet, ScaleRun.WhomToLearnFrom).PerSecond, noOp.PerSecond)}**"));
        text.AppendLine(Invariant($"- submit path (save draft + submit) / pgbench single-row inserts: **{Ratio(submit.PerSecond, result.PgbenchInsertsPerSecond)}**; two authenticated no-op calls with nothing behind them would reach {Ratio(noOp.PerSecond / 2, result.PgbenchInsertsPerSecond)}"));
        text.AppendLine(Invariant($"- authenticated no-op gRPC / Redis GET: **{Ratio(noOp.PerSecond, result.RedisGetsPerSecond)}**"));
        text.AppendLine();
        WriteStatements(text, result);
        WriteCores(text, result);
    }

    private static void WriteCores(StringBuilder text, ScaleResult result)
    {
        var scenarios = result.Scenarios.Select(s => s.Scenario).Where(result.CoreShares.ContainsKey).ToList();
        if (scenarios.Count == 0)
        {
            return;
        }

        text.AppendLine(Invariant($"Where the {CoreShares.MachineCores()} cores went, per scenario (cores busy on average over the scenario, after its set-up (registering the writers' clients); from the kernel's CPU accounting):"));
        text.AppendLine();
        text.AppendLine($"| process | {string.Join(" | ", scenarios)} |");
        text.AppendLine($"|---|{string.Concat(scenarios.Select(_ => "---:|"))}");
        // Busiest in the last scenario (the rush) first; the host's share and the idle cores last.
        var processes = scenarios.SelectMany(scenario => result.CoreShares[scenario]).Select(share => share.Process).Distinct()
            .OrderBy(process => process.StartsWith('(') ? 1 : 0)
            .ThenByDescending(process => result.CoreShares[scenarios[^1]].FirstOrDefault(share => share.Process == process)?.Cores ?? 0);
        foreach (var process in processes)
        {
            var shares = scenarios.Select(scenario => result.CoreShares[scenario].FirstOrDefault(share => share.Process == process)?.Cores ?? 0);
            text.AppendLine(Invariant($"| {process} | {string.Join(" | ", shares.Select(cores => cores.ToString("F2", CultureInfo.InvariantCulture)))} |"));
        }

        text.AppendLine();
    }

    private static void WriteStatements(StringBuilder text, ScaleResult result)
    {
        if (result.CostliestStatements.Count == 0)
        {
            return;
        }

        text.AppendLine("Where PostgreSQL's time went, per scenario (pg_stat_statements: execution time of the costliest statements; one server holds every service's database):");
        text.AppendLine();
        text.AppendLine("| scenario | database | calls | total ms | mean ms | rows per call | statement |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---|");
        foreach (var (scenario, _) in result.Scenarios)
        {
            foreach (var statement in result.CostliestStatements.GetValueOrDefault(scenario, []))
            {
                text.AppendLine(Invariant($"| {scenario} | {statement.Database} | {statement.Calls:N0} | {statement.TotalMilliseconds:N0} | {statement.MeanMilliseconds:F3} | {(double)statement.Rows / Math.Max(statement.Calls, 1):N1} | `{statement.Statement.Replace("|", "\\|", StringComparison.Ordinal)}` |"));
            }
        }

        text.AppendLine();
    }

    private static void WriteGrowth(StringBuilder text, IReadOnlyList<ScaleResult> results)
    {
        if (results.Count < 2)
        {
            text.AppendLine("## Growth");
            text.AppendLine();
            text.AppendLine("Only one size was run: no growth figures.");
            text.AppendLine();
            return;
        }

        var (small, large) = (results[0], results[^1]);
        text.AppendLine(Invariant($"## Growth {small.Districts:N0} → {large.Districts:N0} districts (p99 latency ratio; ≈ 1 means independent of size)"));
        text.AppendLine();
        text.AppendLine("| scenario | operation | p99 small | p99 large | ratio |");
        text.AppendLine("|---|---|---:|---:|---:|");
        foreach (var (scenario, operations) in large.Scenarios)
        {
            foreach (var stats in operations)
            {
                var before = small.Find(scenario, stats.Name);
                text.AppendLine(Invariant($"| {scenario} | {stats.Name} | {Ms(before.Milliseconds(99))} | {Ms(stats.Milliseconds(99))} | {Ratio(stats.Milliseconds(99), before.Milliseconds(99))} |"));
            }
        }

        text.AppendLine();
    }

    private static void WriteTargets(StringBuilder text, IReadOnlyList<ScaleResult> results)
    {
        var largest = results[^1];
        var noOp = largest.Find(ScaleRun.Quiet, ScaleRun.NoOp);
        var quiet = largest.Find(ScaleRun.Quiet, ScaleRun.CompareAll);
        var rush = largest.Find(ScaleRun.Rush, ScaleRun.CompareAll);
        var freshness = largest.Find(ScaleRun.Rush, Writers.FreshnessName);
        var submit = largest.Find(ScaleRun.SubmitScenario, "submit path (save draft + submit)");
        text.AppendLine(Invariant($"## Issue 14's targets at the largest size run ({largest.Districts:N0} districts; the issue asks at 13,000)"));
        text.AppendLine();
        text.AppendLine("| target | measured | reached |");
        text.AppendLine("|---|---:|---|");
        text.AppendLine(Invariant($"| freshness p95 < 250 ms during the rush | {Ms(freshness.Milliseconds(95))} ms | {Yes(freshness.Milliseconds(95) < 250)} |"));
        text.AppendLine(Invariant($"| CompareTarget p99 < 15 ms during the rush | {Ms(rush.Milliseconds(99))} ms | {Yes(rush.Milliseconds(99) < 15)} |"));
        text.AppendLine(Invariant($"| CompareTarget p99 < 10 ms quiet | {Ms(quiet.Milliseconds(99))} ms | {Yes(quiet.Milliseconds(99) < 10)} |"));
        text.AppendLine(Invariant($"| CompareTarget quiet ≥ 50% of the no-op's throughput | {Ratio(quiet.PerSecond, noOp.PerSecond)} | {Yes(quiet.PerSecond >= 0.5 * noOp.PerSecond)} |"));
        text.AppendLine(Invariant($"| submit path ≥ 50% of pgbench's single-row insert rate (two calls that do nothing: {Ratio(noOp.PerSecond / 2, largest.PgbenchInsertsPerSecond)}) | {Ratio(submit.PerSecond, largest.PgbenchInsertsPerSecond)} | {Yes(largest.PgbenchInsertsPerSecond is { } pg && submit.PerSecond >= 0.5 * pg)} |"));
        text.AppendLine();
    }

    private static string Counts(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0 ? "—" : string.Join(", ", counts.OrderByDescending(c => c.Value).Select(c => Invariant($"{c.Key} ×{c.Value}")));

    private static string Ms(double value) => double.IsNaN(value) ? "—" : value.ToString(value < 10 ? "F2" : "F1", CultureInfo.InvariantCulture);

    private static string Rate(double? value) => value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : "not measured";

    private static string PerSecond(int count, TimeSpan elapsed) => Invariant($"{count / Math.Max(elapsed.TotalSeconds, 0.001):N1}/s");

    private static string Ratio(double value, double? baseline) =>
        baseline is { } b && b > 0 && !double.IsNaN(value) ? (value / b).ToString("F3", CultureInfo.InvariantCulture) : "—";

    private static string Yes(bool reached) => reached ? "yes" : "**no**";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
