using Consortium.Insights.Domain.Trends;
using Xunit;

namespace Consortium.Insights.Tests.Domain;

public class TopicChainTests
{
    private static readonly Guid First = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Second = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid Third = Guid.Parse("00000000-0000-0000-0000-000000000003");
    private static readonly Guid Unrelated = Guid.Parse("00000000-0000-0000-0000-000000000009");

    private static readonly TopicLink[] Links =
    [
        new(First, null),
        new(Second, First),
        new(Third, Second),
        new(Unrelated, null),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_chain_is_followed_both_ways_from_any_topic_in_it(int start)
    {
        var chain = TopicChain.Of(Guid.Parse($"00000000-0000-0000-0000-00000000000{start}"), Links);

        Assert.Equal([First, Second, Third], chain.Order());
    }

    [Fact]
    public void A_topic_never_carried_forward_is_its_own_chain()
    {
        Assert.Equal([Unrelated], TopicChain.Of(Unrelated, Links));
    }
}
