using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Insights.Api;
using Consortium.Insights.Domain.Confidentiality;
using Xunit;
using MeasureType = Consortium.ServiceDefaults.Domain.Measures.MeasureType;

namespace Consortium.Insights.Tests.Api;

/// <summary>
/// A comparison prepared from the one before it, a few districts' values changed (ADR 39), must
/// be indistinguishable from one prepared anew from the same values: for every viewer the same
/// figures, rows, makeup and own value, and for the differencing guard the same group, the same
/// values' versions (and so the same stored keys) and the same values known by name. Checked over
/// generated sequences of acceptances, revisions, returns and withdrawals, in small and large
/// batches, for a numeric target and a yes/no one.
/// </summary>
public class PreparedComparisonTests
{
    private static readonly SuppressionFloor Floor = new(5);
    private static readonly DisclosurePolicy Policy = new(Floor);

    public static TheoryData<int, MeasureType> Cases() =>
        [.. Enumerable.Range(1, 12).SelectMany(seed => new[] { (seed, MeasureType.Percentage), (seed, MeasureType.YesNo) })];

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_comparison_caught_up_in_place_is_the_comparison_prepared_anew(int seed, MeasureType measureType)
    {
        var random = new Random(seed);
        var next = 0;
        var values = Enumerable.Range(0, random.Next(8, 60)).Select(_ => Contributor(next++, random, measureType)).ToDictionary(c => c.DistrictId);
        var groupSize = values.Count + 10;
        var patched = new PreparedComparison(GroupValues.Of(groupSize, [.. values.Values]), measureType, Floor);
        for (var step = 0; step < 15; step++)
        {
            // Some viewers ask before the change, so some row lists are ordered before it and are patched.
            _ = patched.Rows.For(random.Next(2) == 0 ? Viewer.Staff : Viewer.OfDistrict(values.Keys.First()));

            // Now and then more changes at once than are patched one by one.
            var changes = step % 5 == 4 ? 80 : random.Next(1, 5);
            var changed = new HashSet<Guid>();
            List<Contributor> current = [];
            for (var i = 0; i < changes; i++)
            {
                var draw = random.Next(3);
                if (draw == 0 || values.Count < 6)
                {
                    var newcomer = Contributor(next++, random, measureType);
                    values[newcomer.DistrictId] = newcomer;
                    changed.Add(newcomer.DistrictId);
                    current.Add(newcomer);
                    continue;
                }

                var district = values.Keys.ElementAt(random.Next(values.Count));
                if (!changed.Add(district))
                {
                    continue;
                }

                if (draw == 1)
                {
                    values.Remove(district); // returned or withdrawn
                }
                else
                {
                    var revised = Contributor(district, random, measureType);
                    values[district] = revised;
                    current.Add(revised);
                }
            }

            patched = patched.With(changed, current);
            var fresh = new PreparedComparison(GroupValues.Of(groupSize, [.. values.Values]), measureType, Floor);
            AssertSame(fresh, patched, [.. values.Keys, .. changed, Guid.NewGuid()]);
        }
    }

    private static void AssertSame(PreparedComparison fresh, PreparedComparison patched, IEnumerable<Guid> districts)
    {
        Assert.Equal(fresh.GroupSize, patched.GroupSize);
        Assert.Equal(fresh.Group, patched.Group);
        Assert.Equal(fresh.Contributions, patched.Contributions);
        Assert.Equal(fresh.Contributions.Key, patched.Contributions.Key);
        Assert.Equal(fresh.AscendingValues, patched.AscendingValues);
        Assert.Equal(fresh.Unnamed, patched.Unnamed);
        Assert.Equal(fresh.Private, patched.Private);
        var viewers = districts.Select(Viewer.OfDistrict).Append(Viewer.Staff);
        Assert.All(viewers, viewer =>
        {
            Assert.Equal(fresh.FiguresFor(viewer, Policy), patched.FiguresFor(viewer, Policy));
            Assert.Equal(fresh.MakeupFor(viewer), patched.MakeupFor(viewer));
            Assert.Equal(fresh.CentreFor(viewer, Policy), patched.CentreFor(viewer, Policy));
            var (expectedRows, expectedWithheld) = fresh.Rows.For(viewer);
            var (rows, withheld) = patched.Rows.For(viewer);
            Assert.Equal(expectedWithheld, withheld);
            Assert.Equal(expectedRows.Select(r => (r.Row, r.DistrictId)), rows.Select(r => (r.Row, r.DistrictId)));
            var (expectedGroup, group) = (fresh.AnsweredFor(viewer), patched.AnsweredFor(viewer));
            Assert.Equal(expectedGroup.Members, group.Members);
            Assert.Equal(expectedGroup.Shown, group.Shown);
            Assert.Equal(expectedGroup.Own, group.Own);
            if (viewer.DistrictId is { } district)
            {
                Assert.Equal(fresh.ValueOf(district), patched.ValueOf(district));
            }
        });
    }

    private static Contributor Contributor(int index, Random random, MeasureType measureType) =>
        Contributor(new Guid(index + 1, 0, 0, new byte[8]), random, measureType);

    // A new version of the district's value: a new submission accepted later, so a new contribution id.
    private static Contributor Contributor(Guid district, Random random, MeasureType measureType) => new(
        district,
        $"District {district.ToString()[..8]}",
        $"99{random.Next(0, 100_000):D5}",
        1_000 + random.Next(0, 50_000),
        (VisibilityV1)random.Next(1, 4),
        (SharingPreferenceV1)random.Next(0, 4),
        measureType == MeasureType.YesNo ? random.Next(0, 2) : random.Next(0, 8) * 12.5m,
        Guid.NewGuid(),
        DateTimeOffset.UnixEpoch.AddSeconds(random.Next()));
}
