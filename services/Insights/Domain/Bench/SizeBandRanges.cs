using Consortium.Insights.Domain.Confidentiality;
using Consortium.Insights.Domain.Peers;

namespace Consortium.Insights.Domain.Bench;

/// <summary>One or more adjacent size bands reported together.</summary>
public sealed record SizeBandRange(SizeBand From, SizeBand Through)
{
    public bool Contains(SizeBand band) => band >= From && band <= Through;
}

/// <summary>
/// Groups adjacent size bands so each group covers at least k districts. A consortium of a few
/// dozen districts rarely has k in every band, and a breakdown where every band says
/// "suppressed" tells nobody anything; merging a thin band into its neighbour (the usual
/// "collapse categories" step of statistical disclosure control) keeps a figure and still never
/// describes fewer than k districts. Walking from the smallest band, a group closes as soon as it
/// reaches k; a short tail joins the group before it. The groups partition the bands, so no two
/// of them can be subtracted to isolate anyone. Only when all districts together are fewer than k
/// is there a single group, which the floor then suppresses. A group is named by the bands that
/// hold its districts; a band with no districts outside every group is reported alone (and
/// suppressed, as an empty group), so "no small districts" reads as that, not as a merge.
/// </summary>
public static class SizeBandRanges
{
    public static IReadOnlyList<SizeBandRange> Merge(IReadOnlyDictionary<SizeBand, int> districtsPerBand, SuppressionFloor floor)
    {
        ArgumentNullException.ThrowIfNull(districtsPerBand);
        ArgumentNullException.ThrowIfNull(floor);

        var bands = Enum.GetValues<SizeBand>();
        var ranges = new List<(SizeBand From, SizeBand Through, int Districts)>();
        SizeBand? from = null;
        var districts = 0;
        foreach (var band in bands)
        {
            from ??= band;
            districts += districtsPerBand.GetValueOrDefault(band);
            if (districts >= floor.K)
            {
                ranges.Add((from.Value, band, districts));
                (from, districts) = (null, 0);
            }
        }

        if (from is { } tail)
        {
            if (ranges.Count == 0)
            {
                ranges.Add((tail, bands[^1], districts));
            }
            else
            {
                ranges[^1] = (ranges[^1].From, bands[^1], ranges[^1].Districts + districts);
            }
        }

        var trimmed = ranges
            .Select(r => bands.Where(b => b >= r.From && b <= r.Through && districtsPerBand.GetValueOrDefault(b) > 0).ToList())
            .Where(held => held.Count > 0)
            .Select(held => new SizeBandRange(held[0], held[^1]))
            .ToList();
        var alone = bands.Where(b => !trimmed.Any(r => r.Contains(b))).Select(b => new SizeBandRange(b, b));
        return [.. trimmed.Concat(alone).OrderBy(r => r.From)];
    }
}
