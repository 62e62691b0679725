using Consortium.Districts.Domain;
using Consortium.Testing.Domain;
using Xunit;

namespace Consortium.Districts.Tests.Domain;

public class NcesLeaIdTests
{
    [Theory]
    [InlineData("0601234", "06", "CA")]
    [InlineData(" 0601234 ", "06", "CA")]
    [InlineData("0100005", "01", "AL")]
    [InlineData("1100030", "11", "DC")]
    [InlineData("5600001", "56", "WY")]
    [InlineData("5900001", "59", "BI")]
    [InlineData("6000030", "60", "AS")]
    [InlineData("7200030", "72", "PR")]
    [InlineData("7800001", "78", "VI")]
    public void Parse_accepts_seven_digits_with_a_state_prefix(string input, string fips, string state)
    {
        var id = NcesLeaId.Parse(input);

        Assert.Equal(input.Trim(), id.Value);
        Assert.Equal(fips, id.StateFips);
        Assert.Equal(state, id.State.Code);
        Assert.Equal(input.Trim(), id.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("601234")]
    [InlineData("06012345")]
    [InlineData("06O1234")]
    [InlineData("0601-34")]
    [InlineData("06 1234")]
    [InlineData("０６01234")]
    public void Parse_rejects_anything_but_seven_digits(string? input)
    {
        var message = Expect.Violation(() => NcesLeaId.Parse(input), "nces_lea_id");

        Assert.Contains("7 digits", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0301234", "03")]
    [InlineData("0701234", "07")]
    [InlineData("1401234", "14")]
    [InlineData("4301234", "43")]
    [InlineData("5201234", "52")]
    [InlineData("0001234", "00")]
    [InlineData("5701234", "57")]
    [InlineData("9901234", "99")]
    public void Parse_rejects_prefixes_that_are_not_state_codes(string input, string prefix)
    {
        var message = Expect.Violation(() => NcesLeaId.Parse(input), "nces_lea_id");

        Assert.Contains($"{prefix} is not a state code", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_with_the_same_digits_are_equal() =>
        Assert.Equal(NcesLeaId.Parse("0601234"), NcesLeaId.Parse(" 0601234"));
}
