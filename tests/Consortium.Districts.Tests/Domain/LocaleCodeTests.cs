using Consortium.Districts.Domain;
using Consortium.Testing.Domain;
using Xunit;

namespace Consortium.Districts.Tests.Domain;

public class LocaleCodeTests
{
    [Theory]
    [InlineData(11, LocaleClass.City, LocaleSize.Large, "City: Large")]
    [InlineData(12, LocaleClass.City, LocaleSize.Midsize, "City: Midsize")]
    [InlineData(13, LocaleClass.City, LocaleSize.Small, "City: Small")]
    [InlineData(21, LocaleClass.Suburb, LocaleSize.Large, "Suburb: Large")]
    [InlineData(22, LocaleClass.Suburb, LocaleSize.Midsize, "Suburb: Midsize")]
    [InlineData(23, LocaleClass.Suburb, LocaleSize.Small, "Suburb: Small")]
    [InlineData(31, LocaleClass.Town, LocaleSize.Fringe, "Town: Fringe")]
    [InlineData(32, LocaleClass.Town, LocaleSize.Distant, "Town: Distant")]
    [InlineData(33, LocaleClass.Town, LocaleSize.Remote, "Town: Remote")]
    [InlineData(41, LocaleClass.Rural, LocaleSize.Fringe, "Rural: Fringe")]
    [InlineData(42, LocaleClass.Rural, LocaleSize.Distant, "Rural: Distant")]
    [InlineData(43, LocaleClass.Rural, LocaleSize.Remote, "Rural: Remote")]
    public void Create_maps_every_valid_code(int code, LocaleClass localeClass, LocaleSize size, string label)
    {
        var locale = LocaleCode.Create(code);

        Assert.Equal(code, locale.Code);
        Assert.Equal(localeClass, locale.LocaleClass);
        Assert.Equal(size, locale.LocaleSize);
        Assert.Equal(label, locale.Label);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-11)]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(14)]
    [InlineData(20)]
    [InlineData(34)]
    [InlineData(40)]
    [InlineData(44)]
    [InlineData(51)]
    [InlineData(111)]
    public void Create_rejects_codes_outside_the_nces_table(int code) =>
        Expect.Violation(() => LocaleCode.Create(code), "locale_code");

    [Fact]
    public void Valid_codes_list_has_the_twelve_nces_locales()
    {
        Assert.Equal([11, 12, 13, 21, 22, 23, 31, 32, 33, 41, 42, 43], LocaleCode.ValidCodes);
        Assert.All(LocaleCode.ValidCodes, code => LocaleCode.Create(code));
    }
}
