using Consortium.Insights.Domain.Confidentiality;
using Xunit;

namespace Consortium.Insights.Tests.Domain;

/// <summary>
/// The prepared rows must say exactly what <see cref="RowDisclosure"/> says, for every viewer:
/// the same rows in the same order, the same rows held back. Checked over many generated groups
/// (a mix of named, anonymous and private values with ties), for staff, for every contributing
/// district and for a district that did not contribute.
/// </summary>
public class PreparedRowsTests
{
    private static readonly SuppressionFloor Floor = new(5);

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_viewer_gets_what_row_disclosure_gives(int seed)
    {
        var random = new Random(seed);
        var values = Enumerable.Range(0, random.Next(5, 30))
            .Select(i => new ContributedValue(
                new Guid(i + 1, 0, 0, new byte[8]),
                $"District {i:D2}",
                $"99{i:D5}",
                1_000 + i,
                (Visibility)random.Next(1, 4),
                random.Next(0, 6) * 10m))
            .ToList();
        var prepared = new PreparedRows(values, Floor);
        var viewers = values.Select(v => Viewer.OfDistrict(v.DistrictId)).Append(Viewer.Staff).Append(Viewer.OfDistrict(Guid.NewGuid()));

        Assert.All(viewers, viewer =>
        {
            var expected = RowDisclosure.For(viewer, values, Floor);
            var (rows, withheld) = prepared.For(viewer);

            Assert.Equal(expected.Withheld, withheld);
            Assert.Equal(expected.Rows, rows.Select(r => r.Row));
            Assert.Equal(expected.Sources, rows.Select(r => r.DistrictId));
            Assert.Equal(expected.Rows.Count, rows.Count);
            Assert.All(Enumerable.Range(0, rows.Count), i => Assert.Equal(expected.Rows[i], rows[i].Row));
        });
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Rows_changed_in_place_are_the_rows_prepared_anew(int seed)
    {
        var random = new Random(seed);
        var values = Enumerable.Range(0, random.Next(5, 40)).Select(i => Value(i, random)).ToDictionary(v => v.DistrictId);
        var patched = new PreparedRows(values.Values, Floor);
        var next = 1_000;
        for (var step = 0; step < 12; step++)
        {
            // Ask first for some viewers only, so that some lists are ordered before the change and some after.
            var asked = values.Keys.Where(_ => random.Next(3) == 0).Select(Viewer.OfDistrict).Append(step % 2 == 0 ? Viewer.Staff : Viewer.OfDistrict(Guid.NewGuid()));
            Assert.All(asked, viewer => patched.For(viewer));

            // A revision, a withdrawal, a newcomer: in any mix, a few at a time.
            List<ContributedValue> removed = [.. values.Values.Where(_ => random.Next(6) == 0).Take(4)];
            foreach (var value in removed)
            {
                values.Remove(value.DistrictId);
            }

            List<ContributedValue> added =
            [
                .. removed.Where(_ => random.Next(2) == 0).Select(v => v with { Value = random.Next(0, 6) * 10m, Visibility = (Visibility)random.Next(1, 4) }),
                .. Enumerable.Range(0, random.Next(0, 3)).Select(_ => Value(next++, random)),
            ];
            foreach (var value in added)
            {
                values[value.DistrictId] = value;
            }

            patched = patched.With(removed, added);
            var fresh = new PreparedRows(values.Values, Floor);
            var viewers = values.Keys.Select(Viewer.OfDistrict).Concat(removed.Select(v => Viewer.OfDistrict(v.DistrictId))).Append(Viewer.Staff);
            Assert.All(viewers, viewer =>
            {
                var (expected, expectedWithheld) = fresh.For(viewer);
                var (rows, withheld) = patched.For(viewer);
                Assert.Equal(expectedWithheld, withheld);
                Assert.Equal(expected.Select(r => (r.Row, r.DistrictId)), rows.Select(r => (r.Row, r.DistrictId)));
            });
        }
    }

    private static ContributedValue Value(int i, Random random) => new(
        new Guid(i + 1, 0, 0, new byte[8]),
        $"District {i:D4}",
        $"99{i:D5}",
        1_000 + i,
        (Visibility)random.Next(1, 4),
        random.Next(0, 6) * 10m);

    [Fact]
    public void A_districts_own_row_is_left_out_without_copying_the_others()
    {
        var own = new Guid(1, 0, 0, new byte[8]);
        var values = Enumerable.Range(0, 8)
            .Select(i => new ContributedValue(new Guid(i + 1, 0, 0, new byte[8]), $"District {i}", $"99{i:D5}", 1_000, Visibility.Named, i))
            .ToList();

        var (rows, withheld) = new PreparedRows(values, Floor).For(Viewer.OfDistrict(own));

        Assert.Equal(RowsWithheld.None, withheld);
        Assert.Equal(7, rows.Count);
        Assert.DoesNotContain(rows, r => r.DistrictId == own);
        Assert.Throws<ArgumentOutOfRangeException>(() => rows[7]);
    }
}
