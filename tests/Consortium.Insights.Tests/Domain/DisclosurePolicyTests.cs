using Consortium.Insights.Domain.Confidentiality;
using Xunit;

namespace Consortium.Insights.Tests.Domain;

/// <summary>The disclosure policy's rules one by one (ADR 15); the adversarial suite checks what they protect.</summary>
public class DisclosurePolicyTests
{
    private static readonly DisclosurePolicy Policy = new(new SuppressionFloor(5));
    private static readonly Viewer District = Viewer.OfDistrict(Guid.CreateVersion7());

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void A_district_needs_k_other_districts_its_own_never_counts(int others, bool answered)
    {
        var suppression = Policy.Check(District, others + 1, new GroupMakeup(others, 0, 0));

        Assert.Equal(answered, suppression is null);
        Assert.Contains("other than yours", suppression?.Explanation ?? "other than yours", StringComparison.Ordinal);
    }

    [Fact]
    public void Staff_are_held_to_the_plain_floor_only()
    {
        Assert.Null(Policy.Check(Viewer.Staff, 5, new GroupMakeup(5, 0, 0)));
        Assert.NotNull(Policy.Check(Viewer.Staff, 4, new GroupMakeup(4, 0, 0)));
        Assert.Equal(PublishedStatistics.All, Policy.Statistics(Viewer.Staff, 1));
        Assert.Equal(LeftOutValues.None, Policy.LeftOut(Viewer.Staff, new GroupMakeup(3, 0, 1), allMembers: false));
    }

    [Theory]
    [InlineData(5, PublishedStatistics.Median | PublishedStatistics.Mean | PublishedStatistics.Position)]
    [InlineData(9, PublishedStatistics.Median | PublishedStatistics.Mean | PublishedStatistics.Position)]
    [InlineData(10, PublishedStatistics.Median | PublishedStatistics.Mean | PublishedStatistics.Position | PublishedStatistics.Quartiles)]
    [InlineData(14, PublishedStatistics.Median | PublishedStatistics.Mean | PublishedStatistics.Position | PublishedStatistics.Quartiles)]
    [InlineData(15, PublishedStatistics.All)]
    public void Order_statistics_need_more_others_the_closer_they_are_to_one_districts_value(int others, PublishedStatistics expected)
    {
        Assert.Equal(expected, Policy.Statistics(District, others));
    }

    [Theory]
    [InlineData(6, 0, 0, LeftOutValues.None)]
    [InlineData(6, 0, 1, LeftOutValues.Private)] // one private beside known values: n·mean − Σ known
    [InlineData(6, 5, 4, LeftOutValues.Private)] // anonymous values are listed (here and by Submissions), so they do not hide the private ones
    [InlineData(6, 2, 0, LeftOutValues.Unnamed)] // two anonymous values would be tied to the two unnamed members matching the criteria
    [InlineData(6, 2, 1, LeftOutValues.Unnamed)]
    [InlineData(6, 0, 5, LeftOutValues.None)]
    [InlineData(0, 5, 0, LeftOutValues.None)]
    public void In_a_chosen_group_fewer_than_k_values_hidden_from_the_caller_are_left_out(int named, int anonymous, int hidden, LeftOutValues expected)
    {
        Assert.Equal(expected, Policy.LeftOut(District, new GroupMakeup(named, anonymous, hidden), allMembers: false));
    }

    [Theory]
    [InlineData(6, 2, 0, LeftOutValues.None)] // Submissions lists every anonymous value of the topic to the same members
    [InlineData(6, 2, 1, LeftOutValues.Private)]
    [InlineData(6, 0, 5, LeftOutValues.None)]
    public void Over_all_members_only_the_few_private_values_are_left_out(int named, int anonymous, int hidden, LeftOutValues expected)
    {
        Assert.Equal(expected, Policy.LeftOut(District, new GroupMakeup(named, anonymous, hidden), allMembers: true));
    }

    [Theory]
    [InlineData("57.142857", "57.1")]
    [InlineData("12345.6", "12300")]
    [InlineData("3.14159", "3.14")]
    [InlineData("0", "0")]
    [InlineData("-48.25", "-48.3")]
    public void A_districts_mean_keeps_three_significant_digits_staff_see_it_exact(string mean, string published)
    {
        var value = decimal.Parse(mean, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(decimal.Parse(published, System.Globalization.CultureInfo.InvariantCulture), Policy.RoundMean(District, value));
        Assert.Equal(value, Policy.RoundMean(Viewer.Staff, value));
    }

    [Theory]
    [InlineData(4, 0, true)]
    [InlineData(5, 0, false)]
    [InlineData(8, 2, true)]
    [InlineData(8, 5, false)]
    public void Peer_group_counts_are_withheld_below_k_or_with_a_few_unnamed(int districts, int unnamed, bool withheld)
    {
        Assert.Equal(withheld, Policy.WithholdsCounts(District, districts, unnamed));
        Assert.False(Policy.WithholdsCounts(Viewer.Staff, districts, unnamed));
    }
}
