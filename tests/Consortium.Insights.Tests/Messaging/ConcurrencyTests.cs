using System.Diagnostics;
using Consortium.Contracts.Events;
using Xunit;
using static Consortium.Insights.Tests.Messaging.ReadModelTests;

namespace Consortium.Insights.Tests.Messaging;

/// <summary>Consumers running at once on the same target lose no value (the distribution locks).</summary>
public sealed class ConcurrencyTests(InsightsServiceFixture fixture) : IClassFixture<InsightsServiceFixture>
{
    private const int Districts = 24;

    [Fact]
    public async Task Acceptances_consumed_concurrently_all_land_in_the_distribution()
    {
        var topic = await fixture.OpenTopicAsync();
        var joined = Enumerable.Range(0, Districts).Select(_ => ContractEvents.DistrictJoined(Guid.CreateVersion7())).ToList();
        await fixture.PublishAndWaitAsync([.. joined]);
        var accepted = joined
            .Select((district, i) => ContractEvents.Accepted(Guid.CreateVersion7(), 3, district.DistrictId, topic, values:
                [ContractEvents.Answer(topic, "PCT", (decimal)i), ContractEvents.Answer(topic, "POLICY", i % 2 == 0)]))
            .ToList<IntegrationEvent>();

        var clock = Stopwatch.StartNew();
        await fixture.PublishAndWaitAsync([.. accepted]);
        TestContext.Current.TestOutputHelper?.WriteLine($"{Districts} acceptances applied in {clock.ElapsedMilliseconds} ms");

        var percentage = await fixture.DistributionAsync(Target(topic, "PCT"));
        Assert.Equal(Enumerable.Range(0, Districts).Select(i => (decimal)i), percentage!.SortedValues);
        var policy = await fixture.DistributionAsync(Target(topic, "POLICY"));
        Assert.Equal((Districts, Districts / 2), (policy!.DistrictCount, policy.YesCount));
    }
}
