using Consortium.Contracts.Topics.V1;
using Consortium.Testing.Services;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Consortium.Topics.Tests.Api;

public sealed class IdempotencyTests(TopicsServiceFixture fixture) : IClassFixture<TopicsServiceFixture>
{
    [Fact]
    public async Task A_retried_create_returns_the_first_cycle_and_creates_nothing_more()
    {
        var request = fixture.NewCycle();
        request.RequestId = Guid.NewGuid().ToString();

        var first = await fixture.Staff().CreateCycleAsync(request);
        var retry = await fixture.Staff().CreateCycleAsync(request);

        Assert.Equal(first, retry);
        Assert.Equal(1, await fixture.QueryAsync(db => db.Cycles.CountAsync(cycle => cycle.Name == request.Name)));
    }

    [Fact]
    public async Task A_retried_publish_is_applied_once_with_one_event()
    {
        var cycle = await fixture.CreateCycleAsync();
        var draft = await fixture.CreateTopicAsync(cycle.CycleId, Targets.Percentage());
        var request = new PublishTopicRequest { RequestId = Guid.NewGuid().ToString(), TopicId = draft.TopicId };
        var outboxBefore = await fixture.CountOutboxAsync();

        var first = await fixture.Staff().PublishTopicAsync(request);
        var retry = await fixture.Staff().PublishTopicAsync(request);

        Assert.Equal(first, retry);
        Assert.Equal(outboxBefore + 1, await fixture.CountOutboxAsync());
    }

    [Fact]
    public async Task Concurrent_duplicates_add_one_target()
    {
        var cycle = await fixture.CreateCycleAsync();
        var draft = await fixture.CreateTopicAsync(cycle.CycleId);
        var request = new AddTargetRequest { RequestId = Guid.NewGuid().ToString(), TopicId = draft.TopicId, Target = Targets.YesNo() };

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fixture.Staff().AddTargetAsync(request).ResponseAsync));

        Assert.All(results, result => Assert.Single(result.Targets));
        Assert.Single((await fixture.Staff().GetTopicAsync(new GetTopicRequest { TopicId = draft.TopicId })).Targets);
    }

    [Fact]
    public async Task Reusing_a_request_id_for_a_different_request_is_already_exists()
    {
        var request = fixture.NewCycle();
        request.RequestId = Guid.NewGuid().ToString();
        await fixture.Staff().CreateCycleAsync(request);

        var different = fixture.NewCycle();
        different.RequestId = request.RequestId;

        await RpcAssert.FailsWith(StatusCode.AlreadyExists, async () => await fixture.Staff().CreateCycleAsync(different));
        Assert.Equal(0, await fixture.QueryAsync(db => db.Cycles.CountAsync(cycle => cycle.Name == different.Name)));
    }
}
