using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Events.Topics.V1;
using Consortium.Insights.Data.ReadModel;
using Xunit;

namespace Consortium.Insights.Tests.Data;

/// <summary>The version rule as the rows apply it: only newer events change a copy, part by part.</summary>
public sealed class VersionRuleTests
{
    [Theory]
    [InlineData(2, 1, true)]
    [InlineData(1, 1, false)]
    [InlineData(1, 2, false)]
    [InlineData(1, 0, true)]
    public void Only_a_newer_version_applies(int incoming, int held, bool applies) =>
        Assert.Equal(applies, Versions.IsNewer(incoming, held));

    [Fact]
    public void A_district_part_set_by_a_newer_event_is_not_overwritten_by_an_older_one()
    {
        var district = DistrictRow.Placeholder(Guid.CreateVersion7());

        Assert.True(district.ApplyMembership(MembershipStatusV1.Withdrawn, 5));
        Assert.False(district.ApplyMembership(MembershipStatusV1.Active, 1));
        // Another part, carried by an older event, still applies: it was never set.
        Assert.True(district.ApplySharing(SharingPreferenceV1.Private, 1));

        Assert.Equal((MembershipStatusV1.Withdrawn, SharingPreferenceV1.Private, 5), (district.MembershipStatus, district.SharingPreference, district.DistrictVersion));
    }

    [Fact]
    public void Details_follow_their_own_newest_version_even_when_another_part_is_newer()
    {
        var district = DistrictRow.Placeholder(Guid.CreateVersion7());
        district.ApplyDetails("Old name", "5300001", "WA", 21, 2);
        district.ApplyMembership(MembershipStatusV1.Suspended, 4);

        Assert.True(district.ApplyDetails("New name", "5300001", "WA", 21, 3));
        Assert.False(district.ApplyDetails("Stale name", "5300001", "WA", 21, 2));

        Assert.Equal(("New name", 4), (district.Name, district.DistrictVersion));
    }

    [Fact]
    public void A_placeholder_district_counts_only_once_joined_and_not_withdrawn()
    {
        var district = DistrictRow.Placeholder(Guid.CreateVersion7());
        district.ApplyMembership(MembershipStatusV1.Active, 1);
        Assert.False(district.Counts);

        Assert.True(district.MarkJoined(new DateOnly(2024, 7, 1)));
        Assert.False(district.MarkJoined(new DateOnly(2025, 7, 1)));
        Assert.True(district.Counts);

        district.ApplyMembership(MembershipStatusV1.Withdrawn, 2);
        Assert.False(district.Counts);
    }

    [Fact]
    public void A_cycle_takes_its_details_from_a_late_opening_but_keeps_its_newer_status()
    {
        var cycle = CycleRow.Placeholder(Guid.CreateVersion7());
        Assert.True(cycle.ApplyStatus(CycleState.Closed, 2));

        Assert.True(cycle.ApplyOpened("2026-27", HalfV1.First, "2026-27 H1", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(30), 1));
        Assert.False(cycle.ApplyOpened("2026-27", HalfV1.First, "Renamed late", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(30), 1));

        Assert.Equal((CycleState.Closed, 2, "2026-27 H1"), (cycle.Status, cycle.CycleVersion, cycle.Name));
    }
}
