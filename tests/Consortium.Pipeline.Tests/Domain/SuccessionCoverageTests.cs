using Consortium.Pipeline.Domain;
using Consortium.Testing.Domain;
using Xunit;

namespace Consortium.Pipeline.Tests.Domain;

public sealed class SuccessionCoverageTests
{
    private static readonly Guid Incumbent = Guid.CreateVersion7();
    private static readonly Guid Ana = Guid.CreateVersion7();
    private static readonly Guid Ben = Guid.CreateVersion7();
    private static readonly Guid Cy = Guid.CreateVersion7();
    private static readonly HashSet<Guid> Active = [Incumbent, Ana, Ben, Cy];

    private static CriticalRole Role(string title, params Successor[] slate)
    {
        var role = CriticalRole.Define(Sample.District, title, "principal", Incumbent, Sample.Roles, Active, Sample.Now);
        role.SetSlate(slate, Active, Sample.Now);
        return role;
    }

    [Fact]
    public void Coverage_is_the_share_of_roles_with_a_ready_now_successor()
    {
        var roles = new[]
        {
            Role("Principal, Lincoln HS", new Successor(Ana, ReadinessLevel.ReadyNow), new Successor(Ben, ReadinessLevel.ReadyIn1To2Years)),
            Role("Principal, Adams MS", new Successor(Ben, ReadinessLevel.ReadyIn1To2Years)),
            Role("Principal, Baker ES"),
        };

        var coverage = SuccessionCoverage.Compute(roles, Active);

        Assert.Equal(3, coverage.CriticalRoleCount);
        Assert.Equal(1, coverage.CoveredRoleCount);
        Assert.Equal(33.3m, coverage.Percent);
    }

    [Fact]
    public void No_critical_roles_means_zero_not_a_division_error()
    {
        Assert.Equal(0m, SuccessionCoverage.Compute([], Active).Percent);
    }

    [Fact]
    public void A_ready_now_successor_who_is_no_longer_active_in_the_district_does_not_cover()
    {
        var role = Role("Principal, Lincoln HS", new Successor(Ana, ReadinessLevel.ReadyNow));

        var coverage = SuccessionCoverage.Compute([role], new HashSet<Guid> { Incumbent, Ben });

        Assert.Equal(0, coverage.CoveredRoleCount);
    }

    [Fact]
    public void Two_of_three_rounds_to_one_decimal()
    {
        var roles = new[]
        {
            Role("Role A", new Successor(Ana, ReadinessLevel.ReadyNow)),
            Role("Role B", new Successor(Cy, ReadinessLevel.ReadyNow)),
            Role("Role C", new Successor(Ben, ReadinessLevel.ReadyIn3PlusYears)),
        };

        Assert.Equal(66.7m, SuccessionCoverage.Compute(roles, Active).Percent);
    }

    [Fact]
    public void Slates_name_active_leaders_of_the_district_once_and_never_the_incumbent()
    {
        var role = Role("Principal, Lincoln HS");
        var stranger = Guid.CreateVersion7();

        Expect.Violations(
            () => role.SetSlate([new Successor(stranger, ReadinessLevel.ReadyNow), new Successor(Incumbent, ReadinessLevel.ReadyNow), new Successor(Ana, ReadinessLevel.ReadyNow), new Successor(Ana, ReadinessLevel.ReadyNow)], Active, Sample.Now),
            "successors[0].leader_id", "successors[1].leader_id", "successors[3].leader_id");
        Assert.Empty(role.Successors);
    }

    [Fact]
    public void Published_coverage_gets_a_new_version_only_when_the_counts_change()
    {
        var succession = DistrictSuccession.Start(Sample.District);

        Assert.True(succession.Record(new SuccessionCoverage(2, 1), Sample.Now));
        Assert.False(succession.Record(new SuccessionCoverage(2, 1), Sample.Now));
        Assert.True(succession.Record(new SuccessionCoverage(2, 2), Sample.Now));
        Assert.Equal(2, succession.Version);
    }
}
