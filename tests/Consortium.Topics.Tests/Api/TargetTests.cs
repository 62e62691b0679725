using Consortium.Contracts.Topics.V1;
using Consortium.Testing.Services;
using Grpc.Core;
using Xunit;

namespace Consortium.Topics.Tests.Api;

/// <summary>Targets of a draft topic are added, replaced and removed one at a time; each call returns the topic.</summary>
public sealed class TargetTests(TopicsServiceFixture fixture) : IClassFixture<TopicsServiceFixture>
{
    [Fact]
    public async Task Add_replace_and_remove_targets_of_a_draft()
    {
        var cycle = await fixture.CreateCycleAsync();
        var draft = await fixture.CreateTopicAsync(cycle.CycleId);
        var staff = fixture.Staff();

        var withTarget = await staff.AddTargetAsync(new AddTargetRequest { TopicId = draft.TopicId, Target = Targets.Rubric(), ExpectedVersion = draft.Version });
        var target = Assert.Single(withTarget.Targets);
        Assert.Equal("SV-STAGE", target.Definition.Code);

        var replacement = Targets.Rubric();
        replacement.Name = "Stage of implementation";
        replacement.RubricLevels.RemoveAt(3);
        replacement.GoalValue = Targets.Dec("3");
        var replaced = await staff.UpdateTargetAsync(new UpdateTargetRequest { TopicId = draft.TopicId, TargetId = target.TargetId, Target = replacement });
        Assert.Equal(target.TargetId, Assert.Single(replaced.Targets).TargetId);
        Assert.Equal("Stage of implementation", replaced.Targets[0].Definition.Name);
        Assert.Equal(3, replaced.Targets[0].Definition.RubricLevels.Count);

        var removed = await staff.RemoveTargetAsync(new RemoveTargetRequest { TopicId = draft.TopicId, TargetId = target.TargetId });
        Assert.Empty(removed.Targets);
        Assert.Equal(draft.Version + 3, removed.Version);
    }

    [Fact]
    public async Task Invalid_targets_are_reported_field_by_field_and_change_nothing()
    {
        var cycle = await fixture.CreateCycleAsync();
        var draft = await fixture.CreateTopicAsync(cycle.CycleId, Targets.Count("SV-ALL"));
        var scale = Targets.Scale();
        scale.Code = "sv all";
        scale.ScaleMin = Targets.Dec("5");
        scale.ScaleLabels.Add(new ScaleLabel { Value = Targets.Dec("oops"), Label = "Bad" });

        await RpcAssert.InvalidFields(
            async () => await fixture.Staff().AddTargetAsync(new AddTargetRequest { TopicId = draft.TopicId, Target = scale }),
            "target.scale_labels[2].value");
        scale.ScaleLabels.RemoveAt(2);
        await RpcAssert.InvalidFields(
            async () => await fixture.Staff().AddTargetAsync(new AddTargetRequest { TopicId = draft.TopicId, Target = scale }),
            "target.code", "target.scale_max");
        await RpcAssert.InvalidFields(
            async () => await fixture.Staff().AddTargetAsync(new AddTargetRequest { TopicId = draft.TopicId, Target = Targets.Percentage("SV-ALL") }),
            "target.code");

        Assert.Equal(draft, await fixture.Staff().GetTopicAsync(new GetTopicRequest { TopicId = draft.TopicId }));
    }

    [Fact]
    public async Task A_whole_named_by_a_part_cannot_be_removed()
    {
        var cycle = await fixture.CreateCycleAsync();
        var draft = await fixture.CreateTopicAsync(cycle.CycleId, Targets.Count("SV-ALL"), Targets.Count("SV-PART", partOf: "SV-ALL"));

        await RpcAssert.RuleViolated(
            async () => await fixture.Staff().RemoveTargetAsync(new RemoveTargetRequest { TopicId = draft.TopicId, TargetId = draft.Targets[0].TargetId }),
            "TARGET_IN_USE");
    }

    [Fact]
    public async Task A_target_of_a_published_topic_cannot_be_added_or_removed()
    {
        var cycle = await fixture.CreateCycleAsync();
        var published = await fixture.PublishedTopicAsync(cycle.CycleId);

        await RpcAssert.RuleViolated(
            async () => await fixture.Staff().AddTargetAsync(new AddTargetRequest { TopicId = published.TopicId, Target = Targets.YesNo() }), "TOPIC_FROZEN");
        await RpcAssert.RuleViolated(
            async () => await fixture.Staff().RemoveTargetAsync(new RemoveTargetRequest { TopicId = published.TopicId, TargetId = published.Targets[0].TargetId }), "TOPIC_FROZEN");
    }

    [Fact]
    public async Task An_unknown_target_is_not_found()
    {
        var cycle = await fixture.CreateCycleAsync();
        var draft = await fixture.CreateTopicAsync(cycle.CycleId, Targets.Text());

        await RpcAssert.FailsWith(StatusCode.NotFound, async () =>
            await fixture.Staff().RemoveTargetAsync(new RemoveTargetRequest { TopicId = draft.TopicId, TargetId = Guid.NewGuid().ToString() }));
    }
}
