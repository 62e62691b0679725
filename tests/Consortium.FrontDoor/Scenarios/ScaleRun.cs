using System.Diagnostics;
using Consortium.FrontDoor.Baselines;
using Consortium.FrontDoor.Callers;
using Consortium.FrontDoor.Measuring;
using Consortium.FrontDoor.Platform;
using Consortium.FrontDoor.Seeding;
using SubmissionKind = Consortium.Contracts.Submissions.V1.BenchmarkKind;

namespace Consortium.FrontDoor.Scenarios;

/// <summary>What one size of the consortium measured: seeding, the baselines, every scenario.</summary>
internal sealed record ScaleResult(
    int Districts,
    int Submitted,
    TimeSpan DistrictsSeeded,
    TimeSpan EarlySubmissionsCompared,
    double? PgbenchInsertsPerSecond,
    double? RedisGetsPerSecond,
    IReadOnlyList<(string Scenario, IReadOnlyList<OperationStats> Operations)> Scenarios,
    IReadOnlyDictionary<string, IReadOnlyList<StatementCost>> CostliestStatements,
    IReadOnlyDictionary<string, IReadOnlyList<CoreShare>> CoreShares)
{
    public OperationStats Find(string scenario, string operation) =>
        Scenarios.First(s => s.Scenario == scenario).Operations.First(o => o.Name == operation);
}

/// <summary>
/// One size: grow the consortium to it, then measure in turn the baselines, the quiet reads, the
/// submit path, and the window-close rush (this size's late districts submit while leaders
/// compare, every acceptance's freshness measured).
/// </summary>
internal sealed class ScaleRun(FrontDoorClients clients, PlatformAddresses addresses, Seeder seeder, BenchmarkCycle cycle, ScenarioSettings settings, TextWriter log)
{
    public const string Quiet = "quiet";
    public const string SubmitScenario = "submit";
    public const string Rush = "window-close rush";
    public const string NoOp = "who am I (authenticated no-op)";
    public const string CompareAll = "CompareTarget, all members";
    public const string ComparePeers = "CompareTarget, 20 similar peers";
    public const string WhomToLearnFrom = "FindWhomToLearnFrom, 20 peers";
    private const int StatementsReported = 8;

    private bool _countingStatements;

    // Where the current scenario's core count starts: after its set-up (the registrations).
    private CoreSnapshot _coresFrom = CoreShares.Take();

    private static readonly SubmissionKind[] s_kinds =
        [SubmissionKind.Program, SubmissionKind.Policy, SubmissionKind.Practice, SubmissionKind.Process, SubmissionKind.Context, SubmissionKind.Culture, SubmissionKind.Capacity];

    public async Task<ScaleResult> RunAsync(int size, CancellationToken cancellationToken)
    {
        var from = seeder.Districts.Count;
        log.WriteLine($"{size:N0} districts: seeding through the front door");
        var districtsSeeded = await seeder.AddDistrictsAsync(size, cancellationToken);
        var compared = await seeder.SubmitEarlyAsync(cycle, from, cancellationToken);
        var leaders = seeder.Districts.Where(d => !d.District.SubmitsInTheRush).Select(d => d.Id).ToList();
        var readers = new Readers(clients, cycle, leaders);

        log.WriteLine("  baselines: pgbench, redis-benchmark");
        var pgbench = await ServerBaselines.PgbenchInsertsPerSecondAsync(addresses.Postgres(), settings.Writers, settings.Duration, log, cancellationToken);
        var redis = await ServerBaselines.RedisGetsPerSecondAsync(addresses.Redis(), settings.Readers, 100_000, log, cancellationToken);

        var statements = new Dictionary<string, IReadOnlyList<StatementCost>>();
        var cores = new Dictionary<string, IReadOnlyList<CoreShare>>();
        _countingStatements = await DatabaseStatements.ResetAsync(addresses.Postgres(), log, cancellationToken);
        _coresFrom = CoreShares.Take();

        log.WriteLine("  quiet: the no-op, comparisons, whom to learn from");
        var quiet = new List<OperationStats>
        {
            await LoopAsync(NoOp, (stats, call, token) => readers.WhoAmIAsync(stats, call, token), cancellationToken),
            await LoopAsync(CompareAll, (stats, call, token) => readers.CompareAsync(stats, Readers.AllMembers(), call, token), cancellationToken),
            await LoopAsync(ComparePeers, (stats, call, token) => readers.CompareAsync(stats, Readers.Peers(), call, token), cancellationToken),
            await LoopAsync(WhomToLearnFrom, (stats, call, token) => readers.WhomToLearnFromAsync(stats, call, token), cancellationToken),
        };
        await TakeStatementsAsync(Quiet);

        log.WriteLine("  submit: save draft + submit as the district's automation client, accept as staff");
        var submitted = await SubmitAsync(from, cancellationToken);
        await TakeStatementsAsync(SubmitScenario);

        log.WriteLine("  window-close rush: the late districts submit while leaders compare");
        var rush = await RushAsync(from, readers, cancellationToken);
        await TakeStatementsAsync(Rush);

        return new ScaleResult(size, seeder.Districts.Count(d => !d.District.SubmitsInTheRush), districtsSeeded, compared, pgbench, redis,
            [(Quiet, quiet), (SubmitScenario, submitted), (Rush, rush)], statements, cores);

        // The scenario's statements and cores, then a fresh count for the next one.
        async Task TakeStatementsAsync(string scenario)
        {
            var ended = CoreShares.Take();
            cores[scenario] = CoreShares.Between(_coresFrom, ended);
            _coresFrom = ended;

            if (_countingStatements)
            {
                statements[scenario] = await DatabaseStatements.CostliestAsync(addresses.Postgres(), StatementsReported, cancellationToken);
                await DatabaseStatements.ResetAsync(addresses.Postgres(), log, cancellationToken);
            }
        }
    }

    private async Task<IReadOnlyList<OperationStats>> SubmitAsync(int from, CancellationToken cancellationToken)
    {
        var writers = new Writers(clients);
        // Each writing district submits once per benchmark kind to the write topic.
        var districts = seeder.Districts.Skip(from).Take(settings.WritingDistricts).ToList();
        await RegisterAsync(districts.Select(d => d.Id), cancellationToken);
        var work = new WorkQueue<((SyntheticDistrict District, string Id) Entry, SubmissionKind Kind)>(
            s_kinds.SelectMany(kind => districts.Select(entry => (entry, kind))));
        var elapsed = await ClosedLoop.RunAsync(settings.Writers, settings.Duration, async (_, token) =>
        {
            if (!work.TryTake(out var next))
            {
                return false;
            }

            await writers.WriteAsync(cycle.WriteTopicId, BenchmarkCycle.WriteTargetCode, next.Entry.District, next.Entry.Id, next.Kind, token);
            return true;
        }, cancellationToken);
        writers.SetElapsed(elapsed);
        return [.. writers.All(withFreshness: false)];
    }

    private async Task<IReadOnlyList<OperationStats>> RushAsync(int from, Readers readers, CancellationToken cancellationToken)
    {
        var writers = new Writers(clients);
        var late = seeder.Districts.Skip(from).Where(d => d.District.SubmitsInTheRush).ToList();
        await RegisterAsync(late.Select(d => d.Id), cancellationToken);
        var work = new WorkQueue<(SyntheticDistrict District, string Id)>(late);
        var compareAll = new OperationStats(CompareAll);
        var comparePeers = new OperationStats(ComparePeers);
        var freshness = new FreshnessWatch(clients, cycle, writers.Freshness);
        await freshness.StartAsync(cancellationToken);
        var calls = 0;
        using var writing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var readersDone = ClosedLoop.RunAsync(settings.Readers, settings.Duration, async (client, token) =>
        {
            var call = Interlocked.Increment(ref calls);
            await (client % 2 == 0
                ? readers.CompareAsync(compareAll, Readers.AllMembers(), call, token)
                : readers.CompareAsync(comparePeers, Readers.Peers(), call, token));
            return !writing.IsCancellationRequested;
        }, cancellationToken);
        var writersDone = ClosedLoop.RunAsync(settings.Writers, settings.Duration, async (_, token) =>
        {
            if (!work.TryTake(out var next))
            {
                return false;
            }

            await writers.WriteAsync(cycle.RushTopicId, BenchmarkCycle.RushTargetCode, next.District, next.Id, SubmissionKind.Practice, token);
            freshness.Accepted(Stopwatch.GetTimestamp());
            return true;
        }, cancellationToken);
        var watched = freshness.WatchAsync(writersDone, cancellationToken);
        var elapsed = await writersDone;
        // The leaders stop asking when the rush is over (the writers ran out of districts or time).
        await writing.CancelAsync();
        var readElapsed = await readersDone;
        await watched;
        writers.SetElapsed(elapsed);
        compareAll.Elapsed = comparePeers.Elapsed = readElapsed;
        return [.. writers.All(withFreshness: true), compareAll, comparePeers];
    }

    private async Task<OperationStats> LoopAsync(string name, Func<OperationStats, int, CancellationToken, Task<bool>> call, CancellationToken cancellationToken)
    {
        var stats = new OperationStats(name);
        var calls = 0;
        stats.Elapsed = await ClosedLoop.RunAsync(settings.Readers, settings.Duration, (_, token) => call(stats, Interlocked.Increment(ref calls), token), cancellationToken);
        return stats;
    }

    /// <summary>
    /// Registers the districts' automation clients and gets their first tokens before the clock
    /// starts, then starts the statement and core counts afresh: the scenario's statements and
    /// cores are its own, not the identity service's registrations (a district registers its
    /// client once, long before a rush).
    /// </summary>
    private async Task RegisterAsync(IEnumerable<string> districtIds, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(districtIds, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
            async (id, token) => await clients.DistrictWriterAsync(id, token));
        if (_countingStatements)
        {
            await DatabaseStatements.ResetAsync(addresses.Postgres(), log, cancellationToken);
        }

        _coresFrom = CoreShares.Take();
        log.WriteLine("    registered; the clock starts");
    }
}
