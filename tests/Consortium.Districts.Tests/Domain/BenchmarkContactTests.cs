using Consortium.Districts.Domain;
using Consortium.Testing.Domain;
using Xunit;

namespace Consortium.Districts.Tests.Domain;

public class BenchmarkContactTests
{
    [Fact]
    public void Replace_stores_trimmed_contacts_and_reports_a_change()
    {
        var district = Sample.NewDistrict();

        var changed = district.ReplaceBenchmarkContacts(
            [new BenchmarkContact(" Ana Ruiz ", " ana@riverside.org ", "  ", " +1 555 010 4477 ", IsPrimary: true)],
            Sample.Later());

        Assert.True(changed);
        var contact = Assert.Single(district.BenchmarkContacts);
        Assert.Equal(new BenchmarkContact("Ana Ruiz", "ana@riverside.org", null, "+1 555 010 4477", true), contact);
        Assert.Equal(2, district.Version);
        Assert.Equal(Sample.Later(), district.UpdatedAt);
    }

    [Fact]
    public void The_first_contact_becomes_primary_when_none_is_flagged()
    {
        var district = Sample.NewDistrict();

        district.ReplaceBenchmarkContacts([Sample.Contact("Ana", "ana@x.org"), Sample.Contact("Ben", "ben@x.org")], Sample.Later());

        Assert.Equal([true, false], district.BenchmarkContacts.Select(c => c.IsPrimary));
    }

    [Fact]
    public void A_flagged_primary_is_kept()
    {
        var district = Sample.NewDistrict();

        district.ReplaceBenchmarkContacts([Sample.Contact("Ana", "ana@x.org"), Sample.Contact("Ben", "ben@x.org", isPrimary: true)], Sample.Later());

        Assert.Equal([false, true], district.BenchmarkContacts.Select(c => c.IsPrimary));
    }

    [Fact]
    public void Only_one_contact_can_be_primary()
    {
        var message = Expect.Violation(
            () => Sample.NewDistrict().ReplaceBenchmarkContacts(
                [Sample.Contact("Ana", "ana@x.org", isPrimary: true), Sample.Contact("Ben", "ben@x.org"), Sample.Contact("Cy", "cy@x.org", isPrimary: true)],
                Sample.Later()),
            "contacts[2].is_primary");

        Assert.Contains("Ana already is", message, StringComparison.Ordinal);
    }

    [Fact]
    public void At_most_ten_contacts()
    {
        var district = Sample.NewDistrict();
        var ten = Enumerable.Range(0, 10).Select(i => Sample.Contact($"Person {i}", $"p{i}@x.org")).ToList();

        district.ReplaceBenchmarkContacts(ten, Sample.Later());
        Assert.Equal(10, district.BenchmarkContacts.Count);

        var eleven = Enumerable.Range(0, 11).Select(i => Sample.Contact($"Person {i}", $"p{i}@x.org")).ToList();
        Expect.Violation(() => district.ReplaceBenchmarkContacts(eleven, Sample.Later()), "contacts");
        Assert.Equal(10, district.BenchmarkContacts.Count);
    }

    [Fact]
    public void Emails_must_be_unique_ignoring_case()
    {
        var message = Expect.Violation(
            () => Sample.NewDistrict().ReplaceBenchmarkContacts(
                [Sample.Contact("Ana", "Ana@X.org"), Sample.Contact("Ana again", "ana@x.ORG ")],
                Sample.Later()),
            "contacts[1].email");

        Assert.Contains("more than once", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replacing_with_the_same_contacts_is_a_no_op()
    {
        var district = Sample.NewDistrict(contacts: [Sample.Contact()]);

        Assert.False(district.ReplaceBenchmarkContacts([Sample.Contact() with { Name = " Ana Ruiz " }], Sample.Later()));
        Assert.Equal(1, district.Version);
    }

    [Fact]
    public void Replacing_with_an_empty_list_removes_all_contacts()
    {
        var district = Sample.NewDistrict(contacts: [Sample.Contact()]);

        Assert.True(district.ReplaceBenchmarkContacts([], Sample.Later()));
        Assert.Empty(district.BenchmarkContacts);
    }

    [Fact]
    public void Violations_in_several_contacts_are_reported_with_their_positions()
    {
        var district = Sample.NewDistrict(contacts: [Sample.Contact()]);

        Expect.Violations(
            () => district.ReplaceBenchmarkContacts(
                [
                    Sample.Contact(),
                    new BenchmarkContact("", "bad", new string('r', 201), "call me"),
                    new BenchmarkContact(new string('n', 201), "ok@x.org"),
                ],
                Sample.Later()),
            "contacts[1].name", "contacts[1].email", "contacts[1].role", "contacts[1].phone", "contacts[2].name");

        Assert.Equal("Ana Ruiz", Assert.Single(district.BenchmarkContacts).Name);
    }

    // The address format itself is EmailAddress's (tested in ServiceDefaults); here, that contacts apply it.
    [Fact]
    public void Accepts_a_real_email_address() =>
        Assert.Equal("o'brien@district.org", Assert.Single(Replace(Sample.Contact(email: "o'brien@district.org"))).Email);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("jane@district,org")]
    public void Rejects_a_missing_or_malformed_email_address(string email) =>
        Expect.Violation(() => Replace(Sample.Contact(email: email)), "contacts[0].email");

    [Fact]
    public void Rejects_email_addresses_longer_than_254_characters()
    {
        var domain = string.Join('.', Enumerable.Repeat(new string('d', 60), 4)) + ".org";
        var longest = $"{new string('a', 254 - 1 - domain.Length)}@{domain}";
        var tooLong = $"a{longest}";
        Assert.Equal(254, longest.Length);

        Assert.Single(Replace(Sample.Contact(email: longest)));
        Expect.Violation(() => Replace(Sample.Contact(email: tooLong)), "contacts[0].email");
    }

    [Theory]
    [InlineData("(555) 010-4477")]
    [InlineData("+1 555 010 4477")]
    [InlineData("5550104")]
    [InlineData(null)]
    [InlineData("  ")]
    public void Accepts_phone_numbers_made_of_digits_spaces_and_punctuation(string? phone) =>
        Assert.Single(Replace(new BenchmarkContact("Ana", "ana@x.org", Phone: phone)));

    [Theory]
    [InlineData("555-CALL-NOW")]
    [InlineData("555 0104 x12")]
    [InlineData("555.010.4477")]
    [InlineData("12345")]
    [InlineData("12345678901234567890123456789012345678901")]
    public void Rejects_other_phone_numbers(string phone) =>
        Expect.Violation(() => Replace(new BenchmarkContact("Ana", "ana@x.org", Phone: phone)), "contacts[0].phone");

    [Fact]
    public void Name_and_role_have_length_limits()
    {
        Assert.Single(Replace(new BenchmarkContact(new string('n', 200), "ana@x.org", new string('r', 200))));
        Expect.Violations(
            () => Replace(new BenchmarkContact(new string('n', 201), "ana@x.org", new string('r', 201))),
            "contacts[0].name", "contacts[0].role");
    }

    private static IReadOnlyList<BenchmarkContact> Replace(params BenchmarkContact[] contacts)
    {
        var district = Sample.NewDistrict();
        district.ReplaceBenchmarkContacts(contacts, Sample.Later());
        return district.BenchmarkContacts;
    }
}
