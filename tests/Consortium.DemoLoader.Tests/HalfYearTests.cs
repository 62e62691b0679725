using Consortium.Contracts.Topics.V1;
using Consortium.DemoLoader.Loading;
using Xunit;

namespace Consortium.DemoLoader.Tests;

public sealed class HalfYearTests
{
    [Theory]
    [InlineData(2026, 12, 3, "2026-27", SchoolYearHalf.First, "Fall 2026 benchmarking", "2025-26", SchoolYearHalf.Second, "Spring 2026 benchmarking")]
    [InlineData(2026, 7, 1, "2026-27", SchoolYearHalf.First, "Fall 2026 benchmarking", "2025-26", SchoolYearHalf.Second, "Spring 2026 benchmarking")]
    [InlineData(2027, 3, 15, "2026-27", SchoolYearHalf.Second, "Spring 2027 benchmarking", "2026-27", SchoolYearHalf.First, "Fall 2026 benchmarking")]
    public void The_current_and_previous_halves_follow_from_the_day(
        int year, int month, int day, string schoolYear, SchoolYearHalf half, string name, string previousSchoolYear, SchoolYearHalf previousHalf, string previousName)
    {
        var current = HalfYear.Containing(new DateOnly(year, month, day));

        Assert.Equal((schoolYear, half, name), (current.SchoolYear, current.Half, current.CycleName));
        Assert.Equal((previousSchoolYear, previousHalf, previousName), (current.Previous.SchoolYear, current.Previous.Half, current.Previous.CycleName));
    }
}
