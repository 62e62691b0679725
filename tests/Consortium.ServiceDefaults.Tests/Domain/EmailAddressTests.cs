using Consortium.ServiceDefaults.Domain;
using Xunit;

namespace Consortium.ServiceDefaults.Tests.Domain;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("jane.doe@riverside.k12.ca.us")]
    [InlineData("j+benchmarks@district.org")]
    [InlineData("o'brien@district.org")]
    [InlineData("A.B-C_d@sub-domain.example.com")]
    [InlineData("x@d1.io")]
    public void Accepts_real_email_addresses(string email) =>
        Assert.True(EmailAddress.IsValid(email));

    [Theory]
    [InlineData("")]
    [InlineData("no-at-sign")]
    [InlineData("@district.org")]
    [InlineData("jane@")]
    [InlineData("jane@district")]
    [InlineData("jane@@district.org")]
    [InlineData("jane@district@org.com")]
    [InlineData("jane doe@district.org")]
    [InlineData("jane@district,org")]
    [InlineData("jane@district.org.")]
    [InlineData("jane@.district.org")]
    [InlineData("jane@district..org")]
    [InlineData("jane@-district.org")]
    [InlineData("jane@district.c")]
    [InlineData("jane@district.c0m")]
    [InlineData(".jane@district.org")]
    [InlineData("jane.@district.org")]
    [InlineData("ja..ne@district.org")]
    [InlineData("<jane>@district.org")]
    public void Rejects_malformed_email_addresses(string email) =>
        Assert.False(EmailAddress.IsValid(email));

    [Fact]
    public void Limits_the_local_part_and_each_host_label()
    {
        Assert.True(EmailAddress.IsValid($"{new string('a', EmailAddress.LocalPartMaxLength)}@district.org"));
        Assert.False(EmailAddress.IsValid($"{new string('a', EmailAddress.LocalPartMaxLength + 1)}@district.org"));
        Assert.True(EmailAddress.IsValid($"jane@{new string('d', EmailAddress.LabelMaxLength)}.org"));
        Assert.False(EmailAddress.IsValid($"jane@{new string('d', EmailAddress.LabelMaxLength + 1)}.org"));
    }
}
