using Consortium.Contracts.Districts.V1;
using Consortium.Testing.Services;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Consortium.Districts.Tests.Api;

/// <summary>Bad input gets INVALID_ARGUMENT naming every bad field, and nothing is written.</summary>
public sealed class ValidationTests(DistrictsServiceFixture fixture) : IClassFixture<DistrictsServiceFixture>
{
    [Fact]
    public async Task Create_with_several_bad_fields_reports_each_and_writes_nothing()
    {
        var districtsBefore = await fixture.QueryAsync(db => db.Districts.CountAsync());
        var outboxBefore = await fixture.CountOutboxAsync();

        await RpcAssert.InvalidFields(
            async () => await fixture.Staff().CreateDistrictAsync(new CreateDistrictRequest
            {
                Name = "X",
                NcesLeaId = "03123",
                State = "WA",
                LocaleCode = 14,
            }),
            "name", "nces_lea_id", "locale_code");

        Assert.Equal(districtsBefore, await fixture.QueryAsync(db => db.Districts.CountAsync()));
        Assert.Equal(outboxBefore, await fixture.CountOutboxAsync());
    }

    [Fact]
    public async Task A_state_that_does_not_match_the_LEA_id_is_rejected_on_the_state_field()
    {
        var request = DistrictsServiceFixture.NewDistrict();
        request.State = "OR";

        var badRequest = await RpcAssert.InvalidFields(async () => await fixture.Staff().CreateDistrictAsync(request), "state");

        Assert.Contains("WA", badRequest.FieldViolations[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_district_with_the_same_LEA_id_already_exists()
    {
        var first = DistrictsServiceFixture.NewDistrict();
        await fixture.Staff().CreateDistrictAsync(first);
        var second = DistrictsServiceFixture.NewDistrict();
        second.NcesLeaId = first.NcesLeaId;

        await RpcAssert.FailsWith(Grpc.Core.StatusCode.AlreadyExists, async () => await fixture.Staff().CreateDistrictAsync(second));
    }

    [Fact]
    public async Task A_malformed_id_is_a_field_violation_not_a_server_error()
    {
        await RpcAssert.InvalidFields(async () => await fixture.Staff().GetDistrictAsync(new GetDistrictRequest { DistrictId = "not-a-uuid" }), "district_id");
    }

    [Fact]
    public async Task An_unknown_district_is_not_found()
    {
        await RpcAssert.FailsWith(Grpc.Core.StatusCode.NotFound, async () =>
            await fixture.Staff().GetDistrictAsync(new GetDistrictRequest { DistrictId = Guid.CreateVersion7().ToString() }));
    }

    [Fact]
    public async Task A_bad_update_changes_nothing()
    {
        var district = await fixture.CreateAsync();

        await RpcAssert.InvalidFields(
            async () => await fixture.Staff().UpdateDistrictAsync(new UpdateDistrictRequest { DistrictId = district.DistrictId, Name = "", LocaleCode = 99 }),
            "name", "locale_code");

        var unchanged = await fixture.Staff().GetDistrictAsync(new GetDistrictRequest { DistrictId = district.DistrictId });
        Assert.Equal(district, unchanged);
    }

    [Fact]
    public async Task Membership_change_without_a_status_or_reason_names_both_problems()
    {
        var district = await fixture.CreateAsync();

        await RpcAssert.InvalidFields(
            async () => await fixture.Staff().ChangeMembershipAsync(new ChangeMembershipRequest { DistrictId = district.DistrictId }),
            "new_status");
        await RpcAssert.InvalidFields(
            async () => await fixture.Staff().ChangeMembershipAsync(new ChangeMembershipRequest { DistrictId = district.DistrictId, NewStatus = MembershipStatus.Suspended }),
            "reason");
    }
}
