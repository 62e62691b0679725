using Consortium.Districts.Domain;
using Consortium.Testing.Domain;
using Xunit;

namespace Consortium.Districts.Tests.Domain;

public class DistrictCreateTests
{
    [Fact]
    public void Create_starts_an_active_member_with_defaults()
    {
        var district = District.Create("  Riverside Unified ", "0601234", "ca", 21, Sample.Staff, Sample.Now);

        Assert.Equal("Riverside Unified", district.Name);
        Assert.Equal("0601234", district.NcesLeaId.Value);
        Assert.Equal("CA", district.State.Code);
        Assert.Equal(21, district.LocaleCode.Code);
        Assert.Equal(MembershipStatus.Active, district.MembershipStatus);
        Assert.Equal(Sample.Today, district.JoinedOn);
        Assert.Null(district.LeftOn);
        Assert.Equal(SharingPreference.Anonymous, district.SharingPreference);
        Assert.Empty(district.BenchmarkContacts);
        Assert.Equal(Sample.Now, district.CreatedAt);
        Assert.Equal(Sample.Now, district.UpdatedAt);
        Assert.Equal(1, district.Version);
        Assert.Equal(7, district.Id.Version);
    }

    [Fact]
    public void Create_records_joining_as_the_first_history_entry()
    {
        var joined = new DateOnly(2024, 7, 1);

        var district = District.Create("Riverside Unified", "0601234", "CA", 21, Sample.Staff, Sample.Now, joined);

        var entry = Assert.Single(district.MembershipHistory);
        Assert.Null(entry.From);
        Assert.Equal(MembershipStatus.Active, entry.To);
        Assert.Equal(joined, entry.EffectiveOn);
        Assert.Equal(joined, district.JoinedOn);
        Assert.Equal(Sample.Staff, entry.ChangedBy);
        Assert.Equal(Sample.Now, entry.ChangedAt);
    }

    [Fact]
    public void Create_accepts_an_explicit_sharing_preference_and_contacts()
    {
        var district = District.Create(
            "Riverside Unified", "0601234", "CA", 21, Sample.Staff, Sample.Now,
            sharingPreference: SharingPreference.Named,
            contacts: [Sample.Contact()]);

        Assert.Equal(SharingPreference.Named, district.SharingPreference);
        Assert.True(Assert.Single(district.BenchmarkContacts).IsPrimary);
    }

    [Fact]
    public void Create_reports_every_invalid_field_at_once()
    {
        var exception = Expect.Violations(
            () => District.Create("", "123", "CA", 10, Sample.Staff, Sample.Now),
            "name", "nces_lea_id", "locale_code");

        Assert.Equal(3, exception.Violations.Count);
    }

    [Fact]
    public void Create_reports_field_and_contact_violations_together() =>
        Expect.Violations(
            () => District.Create("X", "0601234", "ZZ", 21, Sample.Staff, Sample.Now,
                sharingPreference: 0,
                contacts: [Sample.Contact(), Sample.Contact(email: "not-an-email")]),
            "name", "state", "sharing_preference", "contacts[1].email");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("X")]
    [InlineData(" X ")]
    public void Create_rejects_missing_or_too_short_names(string? name) =>
        Expect.Violation(() => Sample.NewDistrict(name: name!), "name");

    [Fact]
    public void Create_accepts_names_of_2_to_200_characters()
    {
        Assert.Equal("Yo", Sample.NewDistrict(name: "Yo").Name);
        Assert.Equal(200, Sample.NewDistrict(name: new string('a', 200)).Name.Length);
        Expect.Violation(() => Sample.NewDistrict(name: new string('a', 201)), "name");
    }

    [Fact]
    public void Create_rejects_a_state_that_does_not_match_the_lea_id()
    {
        var message = Expect.Violation(() => Sample.NewDistrict(leaId: "0601234", state: "OR"), "state");

        Assert.Equal("NCES LEA id 0601234 belongs to CA (FIPS 06), not OR.", message);
    }

    [Fact]
    public void Create_does_not_compare_states_when_the_lea_id_is_already_invalid() =>
        Expect.Violation(() => Sample.NewDistrict(leaId: "0301234", state: "OR"), "nces_lea_id");

    [Fact]
    public void Create_rejects_a_missing_author() =>
        Assert.Throws<ArgumentException>(() => District.Create("Riverside", "0601234", "CA", 21, " ", Sample.Now));
}
