using Consortium.Insights.Domain.Bench;
using Consortium.Insights.Domain.Confidentiality;
using Xunit;

namespace Consortium.Insights.Tests.Domain;

/// <summary>The roster public bench figures are computed over moves only in steps of k districts.</summary>
public class PublishedRosterTests
{
    private static readonly SuppressionFloor Floor = new(5);

    [Fact]
    public void The_first_roster_is_published()
    {
        var roster = Districts(8);

        Assert.Equal((roster, true), PublishedRoster.Choose([], roster, Floor));
    }

    [Fact]
    public void One_joining_or_leaving_keeps_the_published_roster()
    {
        var published = Districts(8);
        var joined = new MemberSet([.. published.Members, Guid.CreateVersion7()]);
        var left = new MemberSet(published.Members.Skip(1));

        Assert.Equal((published, false), PublishedRoster.Choose([published], joined, Floor));
        Assert.Equal((published, false), PublishedRoster.Choose([published], left, Floor));
    }

    [Fact]
    public void K_joining_together_are_published_and_the_roster_already_published_is_reused()
    {
        var published = Districts(8);
        var grown = new MemberSet([.. published.Members, .. Districts(5).Members]);

        Assert.Equal((grown, true), PublishedRoster.Choose([published], grown, Floor));
        Assert.Equal((published, false), PublishedRoster.Choose([published, grown], published, Floor));
    }

    [Fact]
    public void Too_few_members_at_first_are_not_published_the_figures_floor_suppresses_them()
    {
        var few = Districts(3);

        Assert.Equal((few, false), PublishedRoster.Choose([], few, Floor));
    }

    private static MemberSet Districts(int count) => new(Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7()));
}
