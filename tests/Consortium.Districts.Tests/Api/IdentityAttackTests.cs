using Consortium.Contracts.Districts.V1;
using Consortium.Contracts.Security;
using Consortium.Testing.Services;
using Grpc.Core;
using Xunit;

namespace Consortium.Districts.Tests.Api;

/// <summary>
/// Attack 8 of issue 10, played by a curious lead: its district's identity (name, NCES id, state,
/// locale) places it in every peer group and filter and names it to every member, so a lead must
/// not change it; and request ids are per caller — issuer, subject, district and roles — so the
/// same person acting for two districts never gets one district's response or conflict for the other.
/// </summary>
public sealed class IdentityAttackTests(DistrictsServiceFixture fixture) : IClassFixture<DistrictsServiceFixture>
{
    public static TheoryData<string> IdentityFields => ["name", "nces_lea_id", "state", "locale_code"];

    [Theory]
    [MemberData(nameof(IdentityFields))]
    public async Task A_lead_cannot_change_its_districts_identity_and_nothing_changes(string field)
    {
        var district = await fixture.CreateAsync();
        var request = new UpdateDistrictRequest { DistrictId = district.DistrictId, RequestId = Guid.NewGuid().ToString() };
        _ = field switch
        {
            "name" => request.Name = "Posing As Another District",
            "nces_lea_id" => request.NcesLeaId = DistrictsServiceFixture.NextLeaId(),
            "state" => request.State = "TX",
            _ => (request.LocaleCode = 11).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        var denied = await Assert.ThrowsAsync<RpcException>(async () => await fixture.LeadOf(district.DistrictId).UpdateDistrictAsync(request));

        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.Contains("staff", denied.Status.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(district, await fixture.Staff().GetDistrictAsync(new GetDistrictRequest { DistrictId = district.DistrictId }));
    }

    [Fact]
    public async Task Staff_still_correct_a_districts_identity()
    {
        var district = await fixture.CreateAsync();

        var renamed = await fixture.Staff().UpdateDistrictAsync(new UpdateDistrictRequest { DistrictId = district.DistrictId, Name = "Corrected Name" });

        Assert.Equal("Corrected Name", renamed.Name);
    }

    [Fact]
    public async Task One_person_leading_two_districts_reuses_a_request_id_without_one_district_answering_for_the_other()
    {
        var a = await fixture.CreateAsync();
        var b = await fixture.CreateAsync();
        const string person = "lead-of-two@consortium.example";
        var asLeadOfA = fixture.Client(fixture.Service.Tokens.Issue(person, Roles.DistrictLead, Guid.Parse(a.DistrictId)));
        var asLeadOfB = fixture.Client(fixture.Service.Tokens.Issue(person, Roles.DistrictLead, Guid.Parse(b.DistrictId)));
        var requestId = Guid.NewGuid().ToString();

        await asLeadOfA.SetSharingPreferencesAsync(new SetSharingPreferencesRequest
        {
            DistrictId = a.DistrictId,
            SharingPreference = SharingPreference.Private,
            RequestId = requestId,
        });
        var forB = await asLeadOfB.SetSharingPreferencesAsync(new SetSharingPreferencesRequest
        {
            DistrictId = b.DistrictId,
            SharingPreference = SharingPreference.Private,
            RequestId = requestId,
        });

        // Keyed per subject only, the second request was an idempotency conflict with the first.
        Assert.Equal(b.DistrictId, forB.DistrictId);
        Assert.Equal(SharingPreference.Private, forB.SharingPreference);
    }
}
