using System.Collections.Concurrent;
using System.Diagnostics;
using Consortium.Contracts.Insights.V1;
using Consortium.Contracts.Submissions.V1;
using Consortium.FrontDoor.Callers;
using Consortium.FrontDoor.Measuring;
using Consortium.FrontDoor.Seeding;
using Grpc.Core;

namespace Consortium.FrontDoor.Scenarios;

/// <summary>
/// A district's submission through the front door: its automation client saves the draft and
/// submits (the submit path: validation, the idempotency record, the outbox row in the same
/// transaction), then consortium staff accept it. Freshness (<see cref="FreshnessWatch"/>): from the
/// acceptance's reply until the value is in the comparison (through the broker into Insights' read model).
/// </summary>
internal sealed class Writers(FrontDoorClients clients)
{
    public OperationStats SaveDraft { get; } = new("save draft");

    public OperationStats Submit { get; } = new("submit");

    public OperationStats SubmitPath { get; } = new("submit path (save draft + submit)");

    public OperationStats Accept { get; } = new("accept (staff)");

    /// <summary>The name freshness is reported under.</summary>
    public const string FreshnessName = "freshness: accepted → in the comparison";

    public OperationStats Freshness { get; } = new(FreshnessName);

    /// <summary>Writes one submission (save, submit, accept); the kind makes it unique per district and topic.</summary>
    public async Task<string> WriteAsync(string topicId, string targetCode, SyntheticDistrict district, string districtId, Contracts.Submissions.V1.BenchmarkKind kind, CancellationToken cancellationToken)
    {
        var writer = await clients.DistrictWriterAsync(districtId, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var draft = await SaveDraft.TimeAsync(async () => await clients.Submissions.CreateSubmissionAsync(
            Seeder.Draft(topicId, targetCode, kind, district, districtId, $"front-door-{topicId}-{districtId}-{kind}"), writer, cancellationToken: cancellationToken));
        await Submit.TimeAsync(async () => await clients.Submissions.SubmitAsync(new SubmitRequest { SubmissionId = draft.SubmissionId, RequestId = $"submit-{draft.SubmissionId}" }, writer, cancellationToken: cancellationToken));
        SubmitPath.Record(Stopwatch.GetElapsedTime(started));
        var staff = await clients.StaffAsync(cancellationToken);
        await Accept.TimeAsync(async () => await clients.Submissions.AcceptAsync(new AcceptRequest { SubmissionId = draft.SubmissionId, RequestId = $"accept-{draft.SubmissionId}" }, staff, cancellationToken: cancellationToken));
        return draft.SubmissionId;
    }

    /// <summary>The operations to report, in order.</summary>
    public IEnumerable<OperationStats> All(bool withFreshness) =>
        withFreshness ? [SubmitPath, SaveDraft, Submit, Accept, Freshness] : [SubmitPath, SaveDraft, Submit, Accept];

    public void SetElapsed(TimeSpan elapsed)
    {
        foreach (var stats in All(withFreshness: true))
        {
            stats.Elapsed = elapsed;
        }
    }
}

/// <summary>Work handed out once each, to whichever client asks next.</summary>
internal sealed class WorkQueue<T>(IEnumerable<T> items)
{
    private readonly ConcurrentQueue<T> _items = new(items);

    public bool TryTake(out T item) => _items.TryDequeue(out item!);
}
