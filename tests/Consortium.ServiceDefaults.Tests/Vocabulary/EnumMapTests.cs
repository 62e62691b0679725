using Consortium.ServiceDefaults.Vocabulary;
using Xunit;

namespace Consortium.ServiceDefaults.Tests.Vocabulary;

public sealed class EnumMapTests
{
    // Shaped like a generated proto enum: 0 is "not set", the numbers differ from the domain's.
    private enum WireColour
    {
        Unspecified = 0,
        Red = 1,
        Green = 2,
        Blue = 3,
    }

    private enum Colour
    {
        Blue = 1,
        Red = 2,
        Green = 3,
    }

    private enum ColourWithExtra
    {
        Red = 1,
        Green = 2,
        Blue = 3,
        Inherit = 4,
    }

    private enum WireColourWithout
    {
        Unspecified = 0,
        Red = 1,
        Green = 2,
    }

    private static readonly EnumMap<WireColour, Colour> Map = new();

    [Fact]
    public void Maps_by_name_not_by_number()
    {
        Assert.Equal(Colour.Red, Map.ToDomain(WireColour.Red));
        Assert.Equal(Colour.Blue, Map.ToDomainOrNull(WireColour.Blue));
        Assert.Equal(WireColour.Blue, Map.ToContract(Colour.Blue));
        Assert.Equal(WireColour.Green, Map.ToContract((Colour?)Colour.Green));
    }

    [Fact]
    public void Unspecified_is_not_set()
    {
        Assert.Null(Map.ToDomainOrNull(WireColour.Unspecified));
        Assert.Equal(WireColour.Unspecified, Map.ToContract((Colour?)null));
        Assert.Throws<UndefinedEnumValueException>(() => Map.ToDomain(WireColour.Unspecified));
    }

    [Fact]
    public void An_undefined_number_is_an_error_on_either_side()
    {
        Assert.Throws<UndefinedEnumValueException>(() => Map.ToDomainOrNull((WireColour)999));
        Assert.Throws<UndefinedEnumValueException>(() => Map.ToDomain((WireColour)(-1)));
        Assert.Throws<UndefinedEnumValueException>(() => Map.ToContract((Colour)0));
        Assert.Throws<UndefinedEnumValueException>(() => Map.ToContract((Colour)999));
    }

    [Fact]
    public void A_member_on_one_side_only_fails_when_the_map_is_built()
    {
        var domainExtra = Assert.Throws<EnumMapMismatchException>(() => new EnumMap<WireColour, ColourWithExtra>());
        Assert.Contains("only in the domain: [Inherit]", domainExtra.Message, StringComparison.Ordinal);

        var contractShort = Assert.Throws<EnumMapMismatchException>(() => new EnumMap<WireColourWithout, Colour>());
        Assert.Contains("only in the domain: [Blue]", contractShort.Message, StringComparison.Ordinal);

        var contractExtra = Assert.Throws<EnumMapMismatchException>(() => new EnumMap<WireColour, WireColourWithout>());
        Assert.Contains("only in the contract: [Blue]", contractExtra.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_declared_one_sided_is_allowed_but_never_mapped()
    {
        var map = new EnumMap<WireColour, ColourWithExtra>(domainOnly: [ColourWithExtra.Inherit]);
        Assert.Equal(WireColour.Red, map.ToContract(ColourWithExtra.Red));
        Assert.Throws<UndefinedEnumValueException>(() => map.ToContract(ColourWithExtra.Inherit));
    }

    [Fact]
    public void Members_spelt_differently_are_paired_when_declared()
    {
        var map = new EnumMap<WireColour, ColourWithExtra>(
            domainOnly: [ColourWithExtra.Blue],
            renamed: [(WireColour.Blue, ColourWithExtra.Inherit)]);
        Assert.Equal(ColourWithExtra.Inherit, map.ToDomain(WireColour.Blue));
        Assert.Equal(WireColour.Red, map.ToContract(ColourWithExtra.Red));
    }

    [Fact]
    public void A_member_declared_one_sided_that_exists_on_both_sides_is_an_error() =>
        Assert.Throws<EnumMapMismatchException>(() => new EnumMap<WireColour, Colour>(domainOnly: [Colour.Red]));

    [Fact]
    public void The_shared_measure_maps_are_complete()
    {
        Assert.NotNull(MeasureEventEnums.MeasureType);
        Assert.NotNull(MeasureEventEnums.Direction);
    }
}
