using Consortium.Insights.Domain.Bench;
using Consortium.Insights.Domain.Confidentiality;
using Xunit;

namespace Consortium.Insights.Tests.Domain;

/// <summary>Published bench figures move only when at least k districts' contributions changed.</summary>
public class PublishedBenchFiguresTests
{
    private static readonly SuppressionFloor Floor = new(5);

    [Fact]
    public void The_first_figures_are_published()
    {
        Assert.True(PublishedBenchFigures.MayReplace(null, Contributions(8), Floor));
    }

    [Fact]
    public void Fewer_than_k_changed_districts_keep_the_published_figures()
    {
        var published = Contributions(8);
        var current = new Dictionary<Guid, string>(published);
        foreach (var district in published.Keys.Take(4))
        {
            current[district] = "changed";
        }

        Assert.Equal(4, PublishedBenchFigures.Changed(published, current));
        Assert.False(PublishedBenchFigures.MayReplace(published, current, Floor));
    }

    [Fact]
    public void K_changed_districts_replace_them_counting_arrivals_and_departures()
    {
        var published = Contributions(8);
        var current = new Dictionary<Guid, string>(published);
        foreach (var district in published.Keys.Take(3))
        {
            current[district] = "changed";
        }

        current.Remove(published.Keys.Last());
        current[Guid.CreateVersion7()] = "new";

        Assert.Equal(5, PublishedBenchFigures.Changed(published, current));
        Assert.True(PublishedBenchFigures.MayReplace(published, current, Floor));
    }

    [Fact]
    public void A_fingerprint_ignores_order_and_leader_identity_but_not_a_changed_figure()
    {
        var district = Guid.CreateVersion7();
        var contribution = new DistrictBenchContribution(district, [1, 2, 2], [3, 1], 4, 2, 2);

        Assert.Equal(contribution.Fingerprint(), (contribution with { Stages = [2, 1, 2], ReadinessLevels = [1, 3] }).Fingerprint());
        Assert.NotEqual(contribution.Fingerprint(), (contribution with { Stages = [1, 2, 3] }).Fingerprint());
        Assert.NotEqual(contribution.Fingerprint(), (contribution with { ReadinessLevels = [3, 2] }).Fingerprint());
        Assert.NotEqual(contribution.Fingerprint(), (contribution with { CoveredRoles = 3 }).Fingerprint());
        Assert.NotEqual(contribution.Fingerprint(), (contribution with { SizeBand = null }).Fingerprint());
    }

    private static Dictionary<Guid, string> Contributions(int count) =>
        Enumerable.Range(0, count).ToDictionary(_ => Guid.CreateVersion7(), i => $"fingerprint {i}");
}
