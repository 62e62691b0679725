using Consortium.Insights.Domain.Confidentiality;
using Xunit;

namespace Consortium.Insights.Tests.Domain;

public class RowDisclosureTests
{
    private static readonly Guid Viewing = Guid.CreateVersion7();
    private static readonly SuppressionFloor Floor = new(5);

    [Fact]
    public void All_rows_are_listed_when_nothing_else_is_hidden()
    {
        var values = Group(own: true, named: 6, anonymous: 3, hidden: 0);

        var disclosed = RowDisclosure.For(Viewer.OfDistrict(Viewing), values, Floor);

        Assert.Equal(RowsWithheld.None, disclosed.Withheld);
        Assert.Equal(9, disclosed.Rows.Count);
        Assert.Null(disclosed.Explanation);
    }

    [Fact]
    public void One_private_value_beside_every_other_row_would_be_recoverable_from_the_mean_so_rows_are_held_back()
    {
        // 10 values: own + 8 named + 1 private. Mean × 10 − own − Σ named = the private value.
        var values = Group(own: true, named: 8, anonymous: 0, hidden: 1);

        var disclosed = RowDisclosure.For(Viewer.OfDistrict(Viewing), values, Floor);

        Assert.Equal(RowsWithheld.All, disclosed.Withheld);
        Assert.Empty(disclosed.Rows);
        Assert.NotNull(disclosed.Explanation);
    }

    [Fact]
    public void Anonymous_rows_go_first_when_withholding_them_hides_at_least_k()
    {
        var values = Group(own: false, named: 5, anonymous: 3, hidden: 2);

        var disclosed = RowDisclosure.For(Viewer.OfDistrict(Viewing), values, Floor);

        Assert.Equal(RowsWithheld.Anonymous, disclosed.Withheld);
        Assert.Equal(5, disclosed.Rows.Count);
        Assert.All(disclosed.Rows, row => Assert.IsType<NamedComparisonRow>(row));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(9)]
    public void At_least_k_hidden_values_reveal_only_an_aggregate_of_k_so_rows_stay(int hidden)
    {
        var values = Group(own: true, named: 4, anonymous: 2, hidden: hidden);

        var disclosed = RowDisclosure.For(Viewer.OfDistrict(Viewing), values, Floor);

        Assert.Equal(RowsWithheld.None, disclosed.Withheld);
        Assert.Equal(6, disclosed.Rows.Count);
    }

    [Fact]
    public void The_viewers_own_private_value_is_not_hidden_from_them()
    {
        var values = Group(own: false, named: 7, anonymous: 0, hidden: 0)
            .Append(new ContributedValue(Viewing, "Own", "0000001", 1000, Visibility.Private, 3m))
            .ToList();

        var disclosed = RowDisclosure.For(Viewer.OfDistrict(Viewing), values, Floor);

        Assert.Equal(RowsWithheld.None, disclosed.Withheld);
        Assert.Equal(7, disclosed.Rows.Count);
    }

    [Fact]
    public void Staff_see_every_row_including_private_ones()
    {
        var values = Group(own: false, named: 8, anonymous: 0, hidden: 1);

        var disclosed = RowDisclosure.For(Viewer.Staff, values, Floor);

        Assert.Equal(RowsWithheld.None, disclosed.Withheld);
        Assert.Equal(9, disclosed.Rows.Count);
    }

    private static List<ContributedValue> Group(bool own, int named, int anonymous, int hidden)
    {
        var values = new List<ContributedValue>();
        if (own)
        {
            values.Add(new(Viewing, "Own", "0000001", 1000, Visibility.Named, 1m));
        }

        values.AddRange(Enumerable.Range(0, named).Select(i => Value(Visibility.Named, i)));
        values.AddRange(Enumerable.Range(0, anonymous).Select(i => Value(Visibility.Anonymous, 100 + i)));
        values.AddRange(Enumerable.Range(0, hidden).Select(i => Value(Visibility.Private, 200 + i)));
        return values;
    }

    private static ContributedValue Value(Visibility visibility, int i) =>
        new(Guid.CreateVersion7(), $"District {i}", $"{i:0000000}", 1000 + i, visibility, i);
}
