using Consortium.Districts.Domain;
using Consortium.Testing.Domain;
using Xunit;

namespace Consortium.Districts.Tests.Domain;

public class PercentageTests
{
    public static TheoryData<decimal> ValidValues => [0m, 0.01m, 12.5m, 12.50m, 12.500m, 33.33m, 99.99m, 100m, 100.00m];

    public static TheoryData<decimal> OutOfRange => [-0.01m, -1m, 100.01m, 101m, 1000m];

    public static TheoryData<decimal> TooPrecise => [12.345m, 0.001m, 99.999m, 33.3333m];

    [Theory]
    [MemberData(nameof(ValidValues))]
    public void Create_accepts_0_to_100_with_two_decimals(decimal value) =>
        Assert.Equal(value, Percentage.Create(value, "pct").Value);

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Create_rejects_values_outside_0_to_100(decimal value)
    {
        var message = Expect.Violation(() => Percentage.Create(value, "pct_english_learners"), "pct_english_learners");

        Assert.Contains("between 0 and 100", message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TooPrecise))]
    public void Create_rejects_more_than_two_decimal_places(decimal value)
    {
        var message = Expect.Violation(() => Percentage.Create(value, "pct"), "pct");

        Assert.Contains("2 decimal places", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_values_with_different_padding_are_equal() =>
        Assert.Equal(Percentage.Create(12.5m, "pct"), Percentage.Create(12.50m, "pct"));
}
