using Consortium.Testing.Domain;
using Consortium.Topics.Domain;
using Xunit;

namespace Consortium.Topics.Tests.Domain;

public sealed class TopicLifecycleTests
{
    [Fact]
    public void A_new_topic_is_a_draft_with_distinct_sorted_kinds()
    {
        var topic = Topic.Create(Sample.NewCycle(), Sample.Details() with { BenchmarkKinds = [BenchmarkKind.Process, BenchmarkKind.Practice, BenchmarkKind.Process] }, [], Sample.Now);

        Assert.Equal(TopicStatus.Draft, topic.Status);
        Assert.Equal([BenchmarkKind.Practice, BenchmarkKind.Process], topic.BenchmarkKinds);
    }

    [Fact]
    public void Topic_and_target_problems_are_reported_together() =>
        Expect.Violations(
            () => Topic.Create(Sample.NewCycle(), new TopicDetails("", "", "", [], null), [Sample.Percentage() with { Code = "x" }], Sample.Now),
            TopicFields.Title, TopicFields.Description, TopicFields.FocusArea, TopicFields.BenchmarkKinds, "targets[0].code");

    [Fact]
    public void Publishing_needs_a_target_and_freezes_the_definitions()
    {
        var cycle = Sample.NewCycle();
        var topic = Sample.NewTopic(cycle);
        Expect.RuleViolation(() => topic.Publish(cycle, Sample.Now), Topic.NoTargetsRule);

        var target = topic.AddTarget(Sample.Rubric(), Sample.Now);
        topic.Publish(cycle, Sample.Now);

        Assert.Equal(TopicStatus.Published, topic.Status);
        Assert.Equal(Sample.Now, topic.PublishedAt);
        Expect.RuleViolation(() => topic.AddTarget(Sample.Count(), Sample.Now), Topic.FrozenRule);
        Expect.RuleViolation(() => topic.UpdateTarget(target.TargetId, Sample.Rubric() with { Name = "Changed" }, Sample.Now), Topic.FrozenRule);
        Expect.RuleViolation(() => topic.RemoveTarget(target.TargetId, Sample.Now), Topic.FrozenRule);
        Expect.RuleViolation(() => topic.UpdateDetails(Sample.Details("New title"), Sample.Now), Topic.FrozenRule);
        Expect.RuleViolation(() => topic.Publish(cycle, Sample.Now), Topic.TransitionRule);
    }

    [Fact]
    public void Topics_are_added_and_published_only_while_the_cycle_is_planning_or_open()
    {
        var cycle = Sample.OpenCycle();
        var topic = Sample.NewTopic(cycle, Sample.YesNo());
        cycle.Close(Sample.Now.AddDays(1));

        Expect.RuleViolation(() => topic.Publish(cycle, Sample.Now), Topic.CycleNotAcceptingRule);
        Expect.RuleViolation(() => Sample.NewTopic(cycle), Topic.CycleNotAcceptingRule);
    }

    [Fact]
    public void Only_a_published_topic_can_be_retired()
    {
        var cycle = Sample.NewCycle();
        var topic = Sample.NewTopic(cycle, Sample.YesNo());
        Expect.RuleViolation(() => topic.Retire(Sample.Now), Topic.TransitionRule);

        topic.Publish(cycle, Sample.Now);
        topic.Retire(Sample.Now.AddDays(1));

        Assert.Equal(TopicStatus.Retired, topic.Status);
        Expect.RuleViolation(() => topic.Retire(Sample.Now), Topic.TransitionRule);
    }

    [Fact]
    public void Carrying_forward_copies_the_targets_with_new_ids_and_the_same_codes_into_a_later_cycle()
    {
        var cycle = Sample.NewCycle("2026-27", SchoolYearHalf.First);
        var topic = Sample.NewTopic(cycle, Sample.Count("SV-ALL"), Sample.Count("SV-PART", partOf: "SV-ALL"), Sample.Rubric(), Sample.Scale(1, 5, new ScaleLabel(1, "Never")));
        topic.Publish(cycle, Sample.Now);
        var later = Sample.NewCycle("2027-28", SchoolYearHalf.First);

        var copy = topic.CarryForward(cycle, later, Sample.Now.AddDays(1));

        Assert.NotEqual(topic.Id, copy.Id);
        Assert.Equal(topic.Id, copy.CarriedFromTopicId);
        Assert.Equal(later.Id, copy.CycleId);
        Assert.Equal(TopicStatus.Draft, copy.Status);
        Assert.Equal(topic.Targets.Select(t => t.Code), copy.Targets.Select(t => t.Code));
        Assert.Empty(copy.Targets.Select(t => t.TargetId).Intersect(topic.Targets.Select(t => t.TargetId)));
        Assert.All(topic.Targets.Zip(copy.Targets), pair => Assert.True(pair.First.HasSameDefinitionAs(pair.Second), pair.First.Code));
        Assert.Equal(4, copy.Targets[2].RubricLevels.Count);
        Assert.Single(copy.Targets[3].ScaleLabels);
    }

    [Fact]
    public void Carrying_forward_needs_a_published_topic_and_a_later_cycle()
    {
        var cycle = Sample.NewCycle("2026-27", SchoolYearHalf.Second);
        var earlier = Sample.NewCycle("2026-27", SchoolYearHalf.First);
        var draft = Sample.NewTopic(cycle, Sample.YesNo());
        Expect.RuleViolation(() => draft.CarryForward(cycle, Sample.NewCycle("2027-28"), Sample.Now), Topic.CarryForwardRule);

        draft.Publish(cycle, Sample.Now);
        Expect.RuleViolation(() => draft.CarryForward(cycle, earlier, Sample.Now), Topic.CarryForwardRule);
        Expect.RuleViolation(() => draft.CarryForward(cycle, cycle, Sample.Now), Topic.CarryForwardRule);
    }

    [Fact]
    public void Editing_a_draft_bumps_the_version_only_when_something_changes()
    {
        var topic = Sample.NewTopic(null, Sample.Count("SV-ALL"));
        var target = topic.Targets[0];

        Assert.False(topic.UpdateDetails(Sample.Details(), Sample.Now));
        Assert.False(topic.UpdateTarget(target.TargetId, Sample.Count("SV-ALL"), Sample.Now));
        Assert.True(topic.UpdateTarget(target.TargetId, Sample.Count("SV-ALL") with { Name = "All students" }, Sample.Now));
        Assert.Equal(target.TargetId, topic.Targets[0].TargetId);
        Assert.Equal(2, topic.Version);
    }
}
