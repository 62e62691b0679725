using Consortium.Contracts.Topics.V1;
using Consortium.Testing.Services;
using Grpc.Core;
using Xunit;

namespace Consortium.Topics.Tests.Api;

/// <summary>Only staff write; every signed-in member reads cycles and published or retired topics; drafts are staff-only.</summary>
public sealed class AuthorizationTests(TopicsServiceFixture fixture) : IClassFixture<TopicsServiceFixture>
{
    [Fact]
    public async Task A_district_lead_cannot_write_anything()
    {
        var cycle = await fixture.CreateCycleAsync();
        var draft = await fixture.CreateTopicAsync(cycle.CycleId, Targets.YesNo());
        var lead = fixture.Lead();

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await lead.CreateCycleAsync(fixture.NewCycle()));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await lead.OpenCycleAsync(new OpenCycleRequest { CycleId = cycle.CycleId }));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await lead.CreateTopicAsync(TopicsServiceFixture.NewTopic(cycle.CycleId, "Ours")));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await lead.PublishTopicAsync(new PublishTopicRequest { TopicId = draft.TopicId }));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await lead.AddTargetAsync(new AddTargetRequest { TopicId = draft.TopicId, Target = Targets.Text() }));

        Assert.Equal(draft, await fixture.Staff().GetTopicAsync(new GetTopicRequest { TopicId = draft.TopicId }));
        Assert.Equal(CycleStatus.Planning, (await fixture.Staff().GetCycleAsync(new GetCycleRequest { CycleId = cycle.CycleId })).Status);
    }

    [Fact]
    public async Task Members_read_published_and_retired_topics_but_never_drafts()
    {
        var cycle = await fixture.CreateCycleAsync();
        var draft = await fixture.CreateTopicAsync(cycle.CycleId, Targets.YesNo());
        var published = await fixture.PublishedTopicAsync(cycle.CycleId);
        var retired = await fixture.Staff().RetireTopicAsync(new RetireTopicRequest { TopicId = (await fixture.PublishedTopicAsync(cycle.CycleId)).TopicId });
        var lead = fixture.Lead();

        await RpcAssert.FailsWith(StatusCode.NotFound, async () => await lead.GetTopicAsync(new GetTopicRequest { TopicId = draft.TopicId }));
        Assert.Equal(published, await lead.GetTopicAsync(new GetTopicRequest { TopicId = published.TopicId }));
        Assert.Equal(retired, await lead.GetTopicAsync(new GetTopicRequest { TopicId = retired.TopicId }));

        var visible = await lead.ListTopicsAsync(new ListTopicsRequest { CycleId = cycle.CycleId });
        Assert.Equal(
            new[] { published.TopicId, retired.TopicId }.Order(StringComparer.Ordinal),
            visible.Topics.Select(topic => topic.TopicId).Order(StringComparer.Ordinal));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () => await lead.ListTopicsAsync(new ListTopicsRequest { CycleId = cycle.CycleId, Status = TopicStatus.Draft }));

        var all = await fixture.Staff().ListTopicsAsync(new ListTopicsRequest { CycleId = cycle.CycleId });
        Assert.Equal(3, all.TotalSize);
    }

    [Fact]
    public async Task Anonymous_callers_are_refused()
    {
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, async () => await fixture.Client(null).ListCyclesAsync(new ListCyclesRequest()));
    }
}
