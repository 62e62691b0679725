using Consortium.Districts.Domain;
using Consortium.Testing.Domain;
using Xunit;

namespace Consortium.Districts.Tests.Domain;

public class DistrictDetailsTests
{
    [Fact]
    public void UpdateDetails_changes_the_details_and_bumps_the_version()
    {
        var district = Sample.NewDistrict();

        var changed = district.UpdateDetails(" Riverside USD ", "OR", 43, "4100001", Sample.Later());

        Assert.True(changed);
        Assert.Equal("Riverside USD", district.Name);
        Assert.Equal("OR", district.State.Code);
        Assert.Equal("4100001", district.NcesLeaId.Value);
        Assert.Equal(LocaleClass.Rural, district.LocaleCode.LocaleClass);
        Assert.Equal(2, district.Version);
        Assert.Equal(Sample.Later(), district.UpdatedAt);
        Assert.Equal(Sample.Now, district.CreatedAt);
    }

    [Fact]
    public void UpdateDetails_without_an_lea_id_keeps_the_current_one()
    {
        var district = Sample.NewDistrict();

        district.UpdateDetails("Riverside USD", "CA", 22, null, Sample.Later());

        Assert.Equal(Sample.LeaId, district.NcesLeaId.Value);
        Assert.Equal(22, district.LocaleCode.Code);
    }

    [Fact]
    public void UpdateDetails_with_the_same_values_is_a_no_op()
    {
        var district = Sample.NewDistrict();

        var changed = district.UpdateDetails("Riverside Unified ", "ca", 21, "0601234", Sample.Later());

        Assert.False(changed);
        Assert.Equal(1, district.Version);
        Assert.Equal(Sample.Now, district.UpdatedAt);
    }

    [Fact]
    public void UpdateDetails_checks_the_state_against_the_kept_lea_id()
    {
        var district = Sample.NewDistrict();

        var message = Expect.Violation(() => district.UpdateDetails("Riverside", "NV", 21, null, Sample.Later()), "state");

        Assert.Equal("NCES LEA id 0601234 belongs to CA (FIPS 06), not NV.", message);
    }

    [Fact]
    public void UpdateDetails_rejects_a_blank_lea_id_rather_than_ignoring_it() =>
        Expect.Violation(() => Sample.NewDistrict().UpdateDetails("Riverside", "CA", 21, "", Sample.Later()), "nces_lea_id");

    [Fact]
    public void Invalid_update_changes_nothing()
    {
        var district = Sample.NewDistrict();

        Expect.Violations(
            () => district.UpdateDetails("Renamed", "CA", 44, "0701234", Sample.Later()),
            "locale_code", "nces_lea_id");

        Assert.Equal("Riverside Unified", district.Name);
        Assert.Equal(21, district.LocaleCode.Code);
        Assert.Equal(1, district.Version);
    }

    [Fact]
    public void SetSharingPreference_reports_whether_it_changed()
    {
        var district = Sample.NewDistrict();

        Assert.False(district.SetSharingPreference(SharingPreference.Anonymous, Sample.Later()));
        Assert.Equal(1, district.Version);

        Assert.True(district.SetSharingPreference(SharingPreference.Private, Sample.Later()));
        Assert.Equal(SharingPreference.Private, district.SharingPreference);
        Assert.Equal(2, district.Version);
        Assert.Equal(Sample.Later(), district.UpdatedAt);

        Assert.True(district.SetSharingPreference(SharingPreference.Named, Sample.Later(10)));
        Assert.Equal(3, district.Version);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void SetSharingPreference_rejects_undefined_values(int value) =>
        Expect.Violation(() => Sample.NewDistrict().SetSharingPreference((SharingPreference)value, Sample.Later()), "sharing_preference");

    [Fact]
    public void Version_counts_every_change()
    {
        var district = Sample.NewDistrict();

        district.UpdateDetails("Riverside USD", "CA", 21, null, Sample.Later(1));
        district.SetSharingPreference(SharingPreference.Named, Sample.Later(2));
        district.ReplaceBenchmarkContacts([Sample.Contact()], Sample.Later(3));
        district.Suspend(Sample.Today, "Dues unpaid", Sample.Staff, Sample.Later(4));
        district.Reinstate(Sample.Today, null, Sample.Staff, Sample.Later(5));

        Assert.Equal(6, district.Version);
        Assert.Equal(Sample.Later(5), district.UpdatedAt);
    }
}
