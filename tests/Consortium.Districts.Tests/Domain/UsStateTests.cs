using Consortium.Districts.Domain;
using Consortium.ServiceDefaults.Domain;
using Consortium.Testing.Domain;
using Xunit;

namespace Consortium.Districts.Tests.Domain;

public class UsStateTests
{
    [Theory]
    [InlineData("CA", "06", "California")]
    [InlineData("ca", "06", "California")]
    [InlineData(" or ", "41", "Oregon")]
    [InlineData("DC", "11", "District of Columbia")]
    [InlineData("PR", "72", "Puerto Rico")]
    [InlineData("BI", "59", "Bureau of Indian Education")]
    public void Parse_accepts_codes_in_any_case(string input, string fips, string name)
    {
        var state = UsState.Parse(input);

        Assert.Equal(fips, state.Fips);
        Assert.Equal(name, state.Name);
        Assert.Equal(input.Trim().ToUpperInvariant(), state.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("XX")]
    [InlineData("Cal")]
    [InlineData("06")]
    public void Parse_rejects_unknown_codes_on_the_state_field(string? input) =>
        Expect.Violation(() => UsState.Parse(input), "state");

    [Fact]
    public void TryCreate_records_the_violation_on_the_given_field()
    {
        var violations = new Violations();

        Assert.Null(UsState.TryCreate("ZZ", violations, "address.state"));
        Assert.Equal("address.state", Assert.Single(violations.Items).Field);
    }

    [Fact]
    public void Table_has_states_dc_territories_and_bie_once_each()
    {
        Assert.Equal(57, UsState.All.Count);
        Assert.Equal(UsState.All.Count, UsState.All.Select(s => s.Code).Distinct().Count());
        Assert.Equal(UsState.All.Count, UsState.All.Select(s => s.Fips).Distinct().Count());
        Assert.All(UsState.All, s => Assert.Matches("^[0-9]{2}$", s.Fips));
    }

    [Theory]
    [InlineData("03")]
    [InlineData("07")]
    [InlineData("14")]
    [InlineData("43")]
    [InlineData("52")]
    [InlineData("00")]
    [InlineData("99")]
    public void FromFips_returns_null_for_unassigned_codes(string fips) =>
        Assert.Null(UsState.FromFips(fips));

    [Fact]
    public void FromFips_finds_the_state() =>
        Assert.Equal("TX", UsState.FromFips("48")?.Code);
}
