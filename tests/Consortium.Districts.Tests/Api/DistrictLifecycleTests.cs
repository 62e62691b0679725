using Consortium.Contracts.Districts.V1;
using Consortium.Contracts.Events.Districts.V1;
using Consortium.Testing.Services;
using Google.Type;
using Xunit;
using MembershipStatus = Consortium.Contracts.Districts.V1.MembershipStatus;
using SharingPreference = Consortium.Contracts.Districts.V1.SharingPreference;

namespace Consortium.Districts.Tests.Api;

public sealed class DistrictLifecycleTests(DistrictsServiceFixture fixture) : IClassFixture<DistrictsServiceFixture>
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Create_then_get_returns_the_district_and_publishes_DistrictJoined()
    {
        var request = DistrictsServiceFixture.NewDistrict("Lake Washington SD");
        request.Contacts.Add(new BenchmarkContact { Name = "Ana Ruiz", Email = "ana.ruiz@lwsd.example.org", Role = "Director of Assessment" });

        var created = await fixture.Staff().CreateDistrictAsync(request);
        var fetched = await fixture.Staff().GetDistrictAsync(new GetDistrictRequest { DistrictId = created.DistrictId });

        Assert.Equal(created, fetched);
        Assert.Equal("Lake Washington SD", fetched.Name);
        Assert.Equal("Suburb: Large", fetched.LocaleLabel);
        Assert.Equal(MembershipStatus.Active, fetched.MembershipStatus);
        Assert.Equal(SharingPreference.Anonymous, fetched.SharingPreference);
        Assert.True(Assert.Single(fetched.Contacts).IsPrimary);
        Assert.Equal(1, fetched.Version);

        await fixture.Events.WaitUntilAsync(
            events => events.Received<DistrictJoined>().Any(e => e.DistrictId.ToString() == created.DistrictId),
            EventTimeout, "DistrictJoined for the new district");
        var joined = fixture.Events.Received<DistrictJoined>().Single(e => e.DistrictId.ToString() == created.DistrictId);
        Assert.Equal(request.NcesLeaId, joined.NcesLeaId);
        Assert.Equal(SharingPreferenceV1.Anonymous, joined.SharingPreference);
    }

    [Fact]
    public async Task Update_changes_only_the_fields_that_are_set_and_checks_the_expected_version()
    {
        var district = await fixture.CreateAsync();

        var renamed = await fixture.Staff().UpdateDistrictAsync(new UpdateDistrictRequest
        {
            DistrictId = district.DistrictId,
            Name = "Renamed District",
            ExpectedVersion = district.Version,
        });

        Assert.Equal("Renamed District", renamed.Name);
        Assert.Equal(district.LocaleCode, renamed.LocaleCode);
        Assert.Equal(district.Version + 1, renamed.Version);

        await RpcAssert.FailsWith(Grpc.Core.StatusCode.Aborted, async () => await fixture.Staff().UpdateDistrictAsync(
            new UpdateDistrictRequest { DistrictId = district.DistrictId, Name = "Stale", ExpectedVersion = district.Version }));
        var current = await fixture.Staff().GetDistrictAsync(new GetDistrictRequest { DistrictId = district.DistrictId });
        Assert.Equal("Renamed District", current.Name);
    }

    [Fact]
    public async Task Membership_moves_through_suspension_withdrawal_and_rejoining_with_history_and_events()
    {
        var district = await fixture.CreateAsync();
        var client = fixture.Staff();
        var today = DateOnly.FromDateTime(System.DateTime.UtcNow);

        await client.ChangeMembershipAsync(new ChangeMembershipRequest { DistrictId = district.DistrictId, NewStatus = MembershipStatus.Suspended, Reason = "Dues unpaid" });
        await client.ChangeMembershipAsync(new ChangeMembershipRequest { DistrictId = district.DistrictId, NewStatus = MembershipStatus.Withdrawn, Reason = "Left the region" });
        var withdrawn = await client.GetDistrictAsync(new GetDistrictRequest { DistrictId = district.DistrictId });
        Assert.Equal(MembershipStatus.Withdrawn, withdrawn.MembershipStatus);
        Assert.Equal(new Date { Year = today.Year, Month = today.Month, Day = today.Day }, withdrawn.LeftOn);

        var rejoined = await client.ChangeMembershipAsync(new ChangeMembershipRequest { DistrictId = district.DistrictId, NewStatus = MembershipStatus.Active });

        Assert.Equal(MembershipStatus.Active, rejoined.MembershipStatus);
        Assert.Null(rejoined.LeftOn);
        Assert.Equal(
            [MembershipStatus.Active, MembershipStatus.Suspended, MembershipStatus.Withdrawn, MembershipStatus.Active],
            rejoined.MembershipHistory.Select(change => change.ToStatus));
        await fixture.Events.WaitUntilAsync(
            events => events.Received<MembershipChanged>().Count(e => e.DistrictId.ToString() == district.DistrictId) == 3,
            EventTimeout, "three MembershipChanged events");
    }

    [Fact]
    public async Task A_forbidden_membership_change_is_a_failed_precondition_and_changes_nothing()
    {
        var district = await fixture.CreateAsync();

        await RpcAssert.RuleViolated(
            async () => await fixture.Staff().ChangeMembershipAsync(new ChangeMembershipRequest { DistrictId = district.DistrictId, NewStatus = MembershipStatus.Active }),
            "MEMBERSHIP_TRANSITION");

        var unchanged = await fixture.Staff().GetDistrictAsync(new GetDistrictRequest { DistrictId = district.DistrictId });
        Assert.Equal(district.Version, unchanged.Version);
        Assert.Single(unchanged.MembershipHistory);
    }

    [Fact]
    public async Task Sharing_preference_changes_publish_an_event_only_when_the_choice_changes()
    {
        var district = await fixture.CreateAsync();
        var lead = fixture.LeadOf(district.DistrictId);

        var named = await lead.SetSharingPreferencesAsync(new SetSharingPreferencesRequest { DistrictId = district.DistrictId, SharingPreference = SharingPreference.Named });
        var again = await lead.SetSharingPreferencesAsync(new SetSharingPreferencesRequest { DistrictId = district.DistrictId, SharingPreference = SharingPreference.Named });

        Assert.Equal(SharingPreference.Named, named.SharingPreference);
        Assert.Equal(named.Version, again.Version);
        await fixture.Events.WaitUntilAsync(
            events => events.Received<SharingPreferencesChanged>().Any(e => e.DistrictId.ToString() == district.DistrictId),
            EventTimeout, "SharingPreferencesChanged");
        Assert.Single(fixture.Events.Received<SharingPreferencesChanged>(), e => e.DistrictId.ToString() == district.DistrictId);
    }

    [Fact]
    public async Task Benchmark_contacts_are_replaced_as_a_whole()
    {
        var district = await fixture.CreateAsync();
        var request = new SetBenchmarkContactsRequest { DistrictId = district.DistrictId };
        request.Contacts.Add(new BenchmarkContact { Name = "Kim Lee", Email = "kim.lee@example.org" });
        request.Contacts.Add(new BenchmarkContact { Name = "Sam Ortiz", Email = "sam.ortiz@example.org", IsPrimary = true, Phone = "+1 (425) 555-0100" });

        var updated = await fixture.LeadOf(district.DistrictId).SetBenchmarkContactsAsync(request);

        Assert.Equal(["Kim Lee", "Sam Ortiz"], updated.Contacts.Select(contact => contact.Name));
        Assert.Equal("Sam Ortiz", Assert.Single(updated.Contacts, contact => contact.IsPrimary).Name);
    }
}
