using Consortium.Submissions.Domain;
using Xunit;

namespace Consortium.Submissions.Tests.Domain;

/// <summary>Copies of other services' data take only newer news, whatever order events arrive in.</summary>
public sealed class KnownCopiesTests
{
    [Fact]
    public void A_district_ignores_older_news_part_by_part()
    {
        var district = new KnownDistrict(Guid.CreateVersion7());

        district.ApplySharing(SharingPreference.Private, 3);
        district.ApplyMembership(MembershipStatus.Suspended, 2);
        // The late DistrictJoined (version 1) fills the name but changes nothing newer.
        district.ApplyName("Eastside", 1);
        district.ApplyMembership(MembershipStatus.Active, 1);
        district.ApplySharing(SharingPreference.Named, 1);

        Assert.Equal(("Eastside", MembershipStatus.Suspended, SharingPreference.Private), (district.Name, district.MembershipStatus, district.SharingPreference));
    }

    [Fact]
    public void A_cycle_closed_before_its_opening_arrives_stays_closed_and_learns_its_window()
    {
        var cycle = new KnownCycle(Guid.CreateVersion7());

        cycle.ApplyStatus(CycleStatus.Closed, 3);
        cycle.ApplyOpened("2026-27 H1", Sample.Now.AddDays(-1), Sample.Now.AddDays(1), 2);

        Assert.Equal(CycleStatus.Closed, cycle.Status);
        Assert.Equal(Sample.Now.AddDays(1), cycle.ClosesAt);
        Assert.False(cycle.IsWindowOpenAt(Sample.Now));
    }

    [Fact]
    public void A_cycle_reopened_later_is_open_again()
    {
        var cycle = new KnownCycle(Guid.CreateVersion7());

        cycle.ApplyOpened("2026-27 H1", Sample.Now.AddDays(-1), Sample.Now.AddDays(1), 2);
        cycle.ApplyStatus(CycleStatus.Closed, 3);
        cycle.ApplyOpened("2026-27 H1", Sample.Now.AddDays(-1), Sample.Now.AddDays(5), 4);

        Assert.True(cycle.IsWindowOpenAt(Sample.Now.AddDays(3)));
    }

    [Fact]
    public void Retirement_wins_over_a_late_publication_and_a_repeated_publication_changes_nothing()
    {
        var topic = new KnownTopic(Guid.CreateVersion7(), Guid.CreateVersion7());

        topic.ApplyRetired();
        topic.ApplyPublished("Student voice", [BenchmarkKind.Practice], Sample.Targets);
        topic.ApplyPublished("Renamed", [BenchmarkKind.Policy], []);

        Assert.True(topic.IsRetired);
        Assert.False(topic.IsOpen);
        Assert.Equal("Student voice", topic.Title);
        Assert.Equal(Sample.Targets.Count, topic.Targets.Count);
    }

    [Theory]
    [InlineData(Visibility.Inherit, SharingPreference.Named, Visibility.Named)]
    [InlineData(Visibility.Inherit, SharingPreference.Anonymous, Visibility.Anonymous)]
    [InlineData(Visibility.Inherit, null, Visibility.Private)]
    [InlineData(Visibility.Named, SharingPreference.Private, Visibility.Named)]
    public void Inherit_resolves_to_the_districts_preference_and_to_private_while_unknown(Visibility chosen, SharingPreference? preference, Visibility expected) =>
        Assert.Equal(expected, chosen.Resolve(preference));
}
