using Consortium.Insights.Domain.Bench;
using Consortium.Insights.Domain.Confidentiality;
using Xunit;

namespace Consortium.Insights.Tests.Domain;

public class BenchFiguresTests
{
    private static readonly SuppressionFloor Floor = new(3);
    private static readonly Guid[] Districts = [.. Enumerable.Range(1, 4).Select(i => Guid.Parse($"00000000-0000-0000-0000-00000000000{i}"))];

    [Fact]
    public void A_count_is_shown_only_when_its_leaders_come_from_at_least_k_districts()
    {
        CountedLeader<string>[] leaders =
        [
            new("principal", Districts[0]), new("principal", Districts[1]), new("principal", Districts[2]), new("principal", Districts[2]),
            new("coach", Districts[0]), new("coach", Districts[0]), new("coach", Districts[0]), new("coach", Districts[1]),
        ];

        var figures = BenchFigures.Count(["principal", "coach", "superintendent"], leaders, Floor);

        Assert.Equal((3, 4), (figures[0].DistrictCount, figures[0].Count.Value));
        // Four coaches, but from two districts only: they would describe those two districts.
        Assert.Equal((2, SuppressionReason.TooFewDistricts), (figures[1].DistrictCount, figures[1].Count.Suppression!.Reason));
        Assert.True(figures[2].Count.IsSuppressed);
    }

    [Fact]
    public void Coverage_is_covered_over_critical_roles_of_the_bands_districts_with_critical_roles()
    {
        DistrictCoverage<int>[] coverage =
        [
            new(1, Districts[0], 4, 2), new(1, Districts[1], 6, 6), new(1, Districts[2], 10, 1), new(1, Districts[3], 0, 0),
            new(2, Districts[0], 4, 4),
        ];

        var figures = BenchFigures.Coverage([1, 2], coverage, Floor);

        Assert.Equal(3, figures[0].DistrictCount);
        Assert.Equal(9m * 100m / 20m, figures[0].CoveredPercent.Value);
        Assert.True(figures[1].CoveredPercent.IsSuppressed);
    }
}
