using Consortium.Contracts.Districts.V1;
using Consortium.Contracts.Security;
using Consortium.ServiceDefaults.Security;
using Consortium.Testing.Services;
using Grpc.Core;
using Xunit;

namespace Consortium.Districts.Tests.Api;

/// <summary>Staff manage all; a district lead only its own district; everyone signed in may list members.</summary>
public sealed class AuthorizationTests(DistrictsServiceFixture fixture) : IClassFixture<DistrictsServiceFixture>
{
    [Fact]
    public async Task A_lead_of_one_district_can_neither_read_nor_change_another()
    {
        var a = await fixture.CreateAsync();
        var b = await fixture.CreateAsync();
        var leadOfA = fixture.LeadOf(a.DistrictId);

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await leadOfA.GetDistrictAsync(new GetDistrictRequest { DistrictId = b.DistrictId }));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () =>
            await leadOfA.UpdateDistrictAsync(new UpdateDistrictRequest { DistrictId = b.DistrictId, Name = "Hijacked" }));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () =>
            await leadOfA.SetSharingPreferencesAsync(new SetSharingPreferencesRequest { DistrictId = b.DistrictId, SharingPreference = SharingPreference.Named }));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () =>
            await leadOfA.GetContextProfileAsync(new GetContextProfileRequest { DistrictId = b.DistrictId, SchoolYear = "2025-26" }));

        var untouched = await fixture.Staff().GetDistrictAsync(new GetDistrictRequest { DistrictId = b.DistrictId });
        Assert.Equal(b, untouched);
    }

    [Fact]
    public async Task A_lead_reads_its_own_district_and_edits_its_sharing_choice()
    {
        var district = await fixture.CreateAsync();
        var lead = fixture.LeadOf(district.DistrictId);

        var changed = await lead.SetSharingPreferencesAsync(new SetSharingPreferencesRequest { DistrictId = district.DistrictId, SharingPreference = SharingPreference.Private });

        Assert.Equal(SharingPreference.Private, (await lead.GetDistrictAsync(new GetDistrictRequest { DistrictId = district.DistrictId })).SharingPreference);
        Assert.Equal(changed.Version, district.Version + 1);
    }

    [Fact]
    public async Task Only_staff_create_districts_and_change_membership()
    {
        var district = await fixture.CreateAsync();
        var lead = fixture.LeadOf(district.DistrictId);

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await lead.CreateDistrictAsync(DistrictsServiceFixture.NewDistrict()));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await lead.ChangeMembershipAsync(
            new ChangeMembershipRequest { DistrictId = district.DistrictId, NewStatus = MembershipStatus.Withdrawn, Reason = "We quit" }));
    }

    [Fact]
    public async Task Every_signed_in_member_may_list_districts_but_anonymous_callers_may_not()
    {
        await fixture.CreateAsync();
        var leader = fixture.Client(fixture.Service.Tokens.Issue("leader-1", Roles.Leader, Guid.CreateVersion7()));

        var page = await leader.ListDistrictsAsync(new ListDistrictsRequest());

        Assert.NotEmpty(page.Districts);
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, async () => await fixture.Client(token: null).ListDistrictsAsync(new ListDistrictsRequest()));
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_rejected()
    {
        var forged = TestTokenIssuer.CreateRandom().Issue("intruder", Roles.ConsortiumStaff);

        await RpcAssert.FailsWith(StatusCode.Unauthenticated, async () => await fixture.Client(forged).ListDistrictsAsync(new ListDistrictsRequest()));
    }
}
