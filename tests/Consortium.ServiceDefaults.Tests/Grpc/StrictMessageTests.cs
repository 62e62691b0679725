using Consortium.Contracts.Districts.V1;
using Consortium.ServiceDefaults.Grpc;
using Google.Protobuf;
using Xunit;

namespace Consortium.ServiceDefaults.Tests.Grpc;

public sealed class StrictMessageTests
{
    [Fact]
    public void A_well_formed_request_has_no_violations() =>
        Assert.Empty(StrictMessage.Inspect(new CreateDistrictRequest { Name = "Bellevue", SharingPreference = SharingPreference.Named }));

    [Theory]
    [InlineData(999)]
    [InlineData(-1)]
    public void An_enum_number_outside_the_enum_is_named_by_its_field(int number)
    {
        var violation = Assert.Single(StrictMessage.Inspect(new CreateDistrictRequest { SharingPreference = (SharingPreference)number }));

        Assert.Equal("sharing_preference", violation.Field);
        Assert.Contains($"{number} is not a value of SharingPreference", violation.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_are_inspected_too() =>
        Assert.Equal("membership_status", Assert.Single(StrictMessage.Inspect(new ListDistrictsRequest { MembershipStatus = (MembershipStatus)42 })).Field);

    [Fact]
    public void A_field_the_contract_does_not_define_is_named_by_its_number()
    {
        // A client built from a newer or misspelt contract: field 999 on the wire.
        var bytes = new CreateDistrictRequest { Name = "Bellevue" }.ToByteArray()
            .Concat(new byte[] { 0xB8, 0x3E, 0x01 }) // tag (999 << 3 | varint), value 1
            .ToArray();
        var parsed = CreateDistrictRequest.Parser.ParseFrom(bytes);

        var violation = Assert.Single(StrictMessage.Inspect(parsed));
        Assert.Equal("#999", violation.Field);
    }
}
