using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Data;
using Consortium.Insights.Data.ReadModel;
using Consortium.Insights.Domain.Bench;
using Consortium.Insights.Domain.Confidentiality;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Insights.Api;

/// <summary>
/// Keeps the bench-strength figures as last published (<see cref="PublishedBenchFigures"/>) in
/// <c>bench_snapshots</c>. Must run inside the request's transaction after the bench scope's lock
/// is taken (<c>RosterAsync</c>), so two readers never both publish; the caller saves.
/// </summary>
internal sealed class PublishedBenchStore(InsightsDbContext db, SuppressionFloor floor, TimeProvider time)
{
    /// <summary>
    /// The figures to answer with: <paramref name="computed"/> (now published) when enough districts'
    /// contributions changed since the last published figures, those published figures otherwise.
    /// </summary>
    public async Task<GetBenchStrengthResponse> PublishOrServeAsync(
        GetBenchStrengthResponse computed,
        IEnumerable<DistrictBenchContribution> contributions,
        CancellationToken cancellationToken)
    {
        var current = contributions.ToDictionary(c => c.DistrictId, c => c.Fingerprint());
        var row = await db.BenchSnapshots.SingleOrDefaultAsync(s => s.Id == BenchSnapshotRow.Current, cancellationToken);
        if (row is not null && !PublishedBenchFigures.MayReplace(Parse(row.Contributions), current, floor))
        {
            return GetBenchStrengthResponse.Parser.ParseFrom(row.Figures);
        }

        var now = time.GetUtcNow();
        var published = computed.Clone();
        published.FiguresAsOf = Timestamp.FromDateTimeOffset(now);
        row ??= db.BenchSnapshots.Add(new BenchSnapshotRow { Id = BenchSnapshotRow.Current }).Entity;
        row.PublishedAt = now;
        row.Figures = published.ToByteArray();
        row.Contributions = [.. current.OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value}")];
        return published;
    }

    /// <summary>Figures as computed now, not published (for staff, who see every district's data).</summary>
    public static GetBenchStrengthResponse Current(GetBenchStrengthResponse computed, TimeProvider time)
    {
        var current = computed.Clone();
        current.FiguresAsOf = Timestamp.FromDateTimeOffset(time.GetUtcNow());
        return current;
    }

    private static Dictionary<Guid, string> Parse(IEnumerable<string> contributions) =>
        contributions.Select(c => c.Split('=', 2)).ToDictionary(parts => Guid.Parse(parts[0]), parts => parts[1]);
}
