using Consortium.ServiceDefaults.Domain;
using Xunit;

namespace Consortium.ServiceDefaults.Tests.Domain;

public sealed class TextInputTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Blank_text_is_absent(string? value) =>
        Assert.Null(TextInput.Clean(value));

    [Theory]
    [InlineData("Riverside", "Riverside")]
    [InlineData("  Riverside Unified \n", "Riverside Unified")]
    public void Surrounding_whitespace_is_trimmed_and_inner_text_kept(string value, string expected) =>
        Assert.Equal(expected, TextInput.Clean(value));
}
