using Consortium.Contracts.Events.Topics.V1;
using Consortium.Contracts.Topics.V1;
using Consortium.Testing.Services;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Consortium.Topics.Tests.Api;

public sealed class TopicTests(TopicsServiceFixture fixture) : IClassFixture<TopicsServiceFixture>
{
    [Fact]
    public async Task A_draft_with_every_measure_type_round_trips_exactly()
    {
        var cycle = await fixture.CreateCycleAsync();
        TargetDefinition[] targets = [Targets.Percentage(), Targets.Count("SV-ALL"), Targets.Count("SV-ON-TEAMS", partOf: "SV-ALL"), Targets.Amount(), Targets.Scale(), Targets.Rubric(), Targets.YesNo(), Targets.Text()];

        var created = await fixture.Staff().CreateTopicAsync(TopicsServiceFixture.NewTopic(cycle.CycleId, "Student voice in course design", targets));
        var fetched = await fixture.Staff().GetTopicAsync(new GetTopicRequest { TopicId = created.TopicId });

        Assert.Equal(created, fetched);
        Assert.Equal(TopicStatus.Draft, fetched.Status);
        Assert.Equal([BenchmarkKind.Practice, BenchmarkKind.Process], fetched.BenchmarkKinds);
        Assert.Equal(targets.Select(t => t.Code), fetched.Targets.Select(t => t.Definition.Code));
        var scale = fetched.Targets.Single(t => t.Definition.Code == "SV-BELONGING").Definition;
        Assert.Equal(["1", "4.5"], scale.ScaleLabels.Select(label => label.Value.Value));
        Assert.Equal(("1", "4.5", "3.75"), (scale.ScaleMin.Value, scale.ScaleMax.Value, scale.GoalValue.Value));
        Assert.Equal("12500.5", fetched.Targets.Single(t => t.Definition.Code == "SV-BUDGET").Definition.GoalValue.Value);
        var rubric = fetched.Targets.Single(t => t.Definition.Code == "SV-STAGE").Definition;
        Assert.Equal([1, 2, 3, 4], rubric.RubricLevels.Select(level => level.Rank));
        Assert.Equal(Direction.HigherIsBetter, rubric.Direction);
        Assert.Equal(Direction.Neither, fetched.Targets.Single(t => t.Definition.Code == "SV-STORY").Definition.Direction);
    }

    [Fact]
    public async Task Invalid_topics_name_every_bad_field_including_those_of_targets_and_write_nothing()
    {
        var cycle = await fixture.CreateCycleAsync();
        var amount = Targets.Amount();
        amount.Currency = "";
        var percentage = Targets.Percentage(goal: "105");
        var request = TopicsServiceFixture.NewTopic(cycle.CycleId, "x", amount, percentage, Targets.Count("SV-PART", partOf: "SV-NOPE"));
        request.BenchmarkKinds.Clear();

        await RpcAssert.InvalidFields(
            async () => await fixture.Staff().CreateTopicAsync(request),
            "title", "benchmark_kinds", "targets[0].currency", "targets[1].goal_value", "targets[2].part_of_target_code");
        Assert.Equal(0, await fixture.QueryAsync(db => db.Topics.CountAsync(topic => topic.CycleId == Guid.Parse(cycle.CycleId))));
    }

    [Fact]
    public async Task Publishing_sends_the_full_target_definitions_and_freezes_the_topic()
    {
        var cycle = await fixture.CreateCycleAsync();
        var draft = await fixture.CreateTopicAsync(cycle.CycleId, Targets.Count("SV-ALL"), Targets.Count("SV-ON-TEAMS", partOf: "SV-ALL"), Targets.Scale(), Targets.Rubric(), Targets.Amount());

        var published = await fixture.Staff().PublishTopicAsync(new PublishTopicRequest { TopicId = draft.TopicId, ExpectedVersion = draft.Version });

        Assert.Equal(TopicStatus.Published, published.Status);
        Assert.NotNull(published.PublishTime);
        var topicId = Guid.Parse(draft.TopicId);
        await fixture.WaitForEventAsync<TopicPublished>(e => e.TopicId == topicId, "TopicPublished");
        var publishedEvent = fixture.Events.Received<TopicPublished>().Single(e => e.TopicId == topicId);
        Assert.Equal(Guid.Parse(cycle.CycleId), publishedEvent.CycleId);
        Assert.Equal([BenchmarkKindV1.Practice, BenchmarkKindV1.Process], publishedEvent.BenchmarkKinds);
        Assert.Equal(published.Targets.Select(t => Guid.Parse(t.TargetId)), publishedEvent.Targets.Select(t => t.TargetId));
        var part = publishedEvent.Targets.Single(t => t.Code == "SV-ON-TEAMS");
        Assert.Equal(("SV-ALL", MeasureTypeV1.Count, DirectionV1.HigherIsBetter), (part.PartOfTargetCode, part.MeasureType, part.Direction));
        var scale = publishedEvent.Targets.Single(t => t.Code == "SV-BELONGING");
        Assert.Equal((1m, 4.5m, 3.75m), (scale.ScaleMin, scale.ScaleMax, scale.GoalValue));
        Assert.Equal([(1m, "Strongly disagree"), (4.5m, "Strongly agree")], scale.ScaleLabels.Select(l => (l.Value, l.Label)));
        var rubric = publishedEvent.Targets.Single(t => t.Code == "SV-STAGE");
        Assert.Equal(["Exploration", "Installation", "Initial implementation", "Full implementation"], rubric.RubricLevels.Select(l => l.Label));
        Assert.Equal([1, 2, 3, 4], rubric.RubricLevels.Select(l => l.Rank));
        Assert.True(rubric.Required);
        Assert.Equal(("USD", 12500.5m), (publishedEvent.Targets.Single(t => t.Code == "SV-BUDGET").Currency, publishedEvent.Targets.Single(t => t.Code == "SV-BUDGET").GoalValue!.Value));

        var target = published.Targets[0];
        await RpcAssert.RuleViolated(async () => await fixture.Staff().UpdateTargetAsync(new UpdateTargetRequest
        {
            TopicId = draft.TopicId,
            TargetId = target.TargetId,
            Target = Targets.Count("SV-ALL"),
        }), "TOPIC_FROZEN");
        await RpcAssert.RuleViolated(async () => await fixture.Staff().UpdateTopicAsync(new UpdateTopicRequest { TopicId = draft.TopicId, Title = "Changed" }), "TOPIC_FROZEN");
        await RpcAssert.RuleViolated(async () => await fixture.Staff().PublishTopicAsync(new PublishTopicRequest { TopicId = draft.TopicId }), "TOPIC_TRANSITION");
        Assert.Equal(published, await fixture.Staff().GetTopicAsync(new GetTopicRequest { TopicId = draft.TopicId }));
    }

    [Fact]
    public async Task A_topic_without_targets_or_in_a_closed_cycle_cannot_be_published()
    {
        var cycle = await fixture.CreateCycleAsync();
        var empty = await fixture.CreateTopicAsync(cycle.CycleId);
        await RpcAssert.RuleViolated(async () => await fixture.Staff().PublishTopicAsync(new PublishTopicRequest { TopicId = empty.TopicId }), "TOPIC_HAS_NO_TARGETS");

        var ready = await fixture.CreateTopicAsync(cycle.CycleId, Targets.YesNo());
        await fixture.Staff().OpenCycleAsync(new OpenCycleRequest { CycleId = cycle.CycleId });
        await fixture.Staff().CloseCycleAsync(new CloseCycleRequest { CycleId = cycle.CycleId });

        await RpcAssert.RuleViolated(async () => await fixture.Staff().PublishTopicAsync(new PublishTopicRequest { TopicId = ready.TopicId }), "CYCLE_NOT_ACCEPTING_TOPICS");
        await RpcAssert.RuleViolated(async () => await fixture.Staff().CreateTopicAsync(TopicsServiceFixture.NewTopic(cycle.CycleId, "Too late")), "CYCLE_NOT_ACCEPTING_TOPICS");
    }

    [Fact]
    public async Task Updating_a_draft_changes_only_the_fields_that_are_set()
    {
        var cycle = await fixture.CreateCycleAsync();
        var draft = await fixture.CreateTopicAsync(cycle.CycleId);

        var updated = await fixture.Staff().UpdateTopicAsync(new UpdateTopicRequest
        {
            TopicId = draft.TopicId,
            Title = "Equitable access to advanced courses",
            BenchmarkKinds = { BenchmarkKind.Policy },
        });

        Assert.Equal("Equitable access to advanced courses", updated.Title);
        Assert.Equal(draft.Description, updated.Description);
        Assert.Equal([BenchmarkKind.Policy], updated.BenchmarkKinds);
        Assert.Equal(draft.Version + 1, updated.Version);
        await RpcAssert.InvalidFields(async () => await fixture.Staff().UpdateTopicAsync(new UpdateTopicRequest { TopicId = draft.TopicId, FocusArea = "" }), "focus_area");
    }

    [Fact]
    public async Task Retiring_publishes_TopicRetired_and_only_published_topics_retire()
    {
        var cycle = await fixture.CreateCycleAsync();
        var draft = await fixture.CreateTopicAsync(cycle.CycleId, Targets.Text());
        await RpcAssert.RuleViolated(async () => await fixture.Staff().RetireTopicAsync(new RetireTopicRequest { TopicId = draft.TopicId }), "TOPIC_TRANSITION");

        var published = await fixture.PublishedTopicAsync(cycle.CycleId);
        var retired = await fixture.Staff().RetireTopicAsync(new RetireTopicRequest { TopicId = published.TopicId });

        Assert.Equal(TopicStatus.Retired, retired.Status);
        Assert.NotNull(retired.RetireTime);
        var id = Guid.Parse(published.TopicId);
        await fixture.WaitForEventAsync<TopicRetired>(e => e.TopicId == id, "TopicRetired");
    }

    [Fact]
    public async Task Carrying_forward_makes_a_linked_draft_with_the_same_codes_in_a_later_cycle_once()
    {
        var earlier = await fixture.CreateCycleAsync();
        var later = await fixture.CreateCycleAsync();
        var origin = await fixture.PublishedTopicAsync(earlier.CycleId, Targets.Percentage(), Targets.Rubric(), Targets.Scale());
        var request = new CarryForwardTopicRequest { TopicId = origin.TopicId, TargetCycleId = later.CycleId };

        var copy = await fixture.Staff().CarryForwardTopicAsync(request);

        Assert.Equal(TopicStatus.Draft, copy.Status);
        Assert.Equal(later.CycleId, copy.CycleId);
        Assert.Equal(origin.TopicId, copy.CarriedFromTopicId);
        Assert.Equal(origin.Targets.Select(t => t.Definition), copy.Targets.Select(t => t.Definition));
        Assert.Empty(copy.Targets.Select(t => t.TargetId).Intersect(origin.Targets.Select(t => t.TargetId)));

        await RpcAssert.FailsWith(Grpc.Core.StatusCode.AlreadyExists, async () => await fixture.Staff().CarryForwardTopicAsync(request));
        await RpcAssert.RuleViolated(
            async () => await fixture.Staff().CarryForwardTopicAsync(new CarryForwardTopicRequest { TopicId = copy.TopicId, TargetCycleId = earlier.CycleId }),
            "CARRY_FORWARD_NOT_ALLOWED");
    }
}
