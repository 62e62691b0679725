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
