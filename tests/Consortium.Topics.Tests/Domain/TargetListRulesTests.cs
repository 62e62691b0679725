using Consortium.Testing.Domain;
using Consortium.Topics.Domain;
using Xunit;

namespace Consortium.Topics.Tests.Domain;

/// <summary>Rules between the targets of one topic: unique codes and "part of" links.</summary>
public sealed class TargetListRulesTests
{
    [Fact]
    public void A_part_may_name_a_whole_of_the_same_measure_type_even_when_listed_first()
    {
        var topic = Sample.NewTopic(null, Sample.Count("SV-ON-TEAMS", partOf: "SV-ALL"), Sample.Count("SV-ALL"));

        Assert.Equal("SV-ALL", topic.Targets[0].PartOfTargetCode);
    }

    [Fact]
    public void Codes_are_unique_within_a_topic()
    {
        var topic = Sample.NewTopic(null, Sample.Count("SV-ALL"));

        Expect.Violation(() => topic.AddTarget(Sample.Percentage("sv-all"), Sample.Now), "target.code");
    }

    [Fact]
    public void The_whole_must_exist_be_another_target_and_be_measured_the_same_way()
    {
        var topic = Sample.NewTopic(null, Sample.Count("SV-ALL"), Sample.Amount("SV-BUDGET"));

        Expect.Violation(() => topic.AddTarget(Sample.Count("SV-PART", partOf: "SV-NONE"), Sample.Now), "target.part_of_target_code");
        Expect.Violation(() => topic.AddTarget(Sample.Count("SV-SELF", partOf: "SV-SELF"), Sample.Now), "target.part_of_target_code");
        Expect.Violation(() => topic.AddTarget(Sample.Percentage("SV-PCT", partOf: "SV-ALL"), Sample.Now), "target.part_of_target_code");
        Expect.Violation(() => topic.AddTarget(Sample.Amount("SV-EUR", currency: "EUR") with { PartOfTargetCode = "SV-BUDGET" }, Sample.Now), "target.part_of_target_code");
    }

    [Fact]
    public void Only_summable_measures_can_be_parts()
    {
        var topic = Sample.NewTopic(null, Sample.Scale());

        Expect.Violation(() => topic.AddTarget(Sample.Scale() with { Code = "SV-OTHER", PartOfTargetCode = "SV-BELONGING" }, Sample.Now), "target.part_of_target_code");
    }

    [Fact]
    public void Part_of_links_cannot_go_round_in_a_circle()
    {
        var topic = Sample.NewTopic(null, Sample.Count("A1"), Sample.Count("B1", partOf: "A1"), Sample.Count("C1", partOf: "B1"));
        var a = topic.Targets[0];

        Expect.Violation(() => topic.UpdateTarget(a.TargetId, Sample.Count("A1", partOf: "C1"), Sample.Now), "target.part_of_target_code");
        Expect.Violations(() => Sample.NewTopic(null, Sample.Count("X1", partOf: "Y1"), Sample.Count("Y1", partOf: "X1")),
            "targets[0].part_of_target_code", "targets[1].part_of_target_code");
    }

    [Fact]
    public void A_whole_keeps_its_code_and_type_while_parts_name_it_and_cannot_be_removed()
    {
        var topic = Sample.NewTopic(null, Sample.Count("SV-ALL"), Sample.Count("SV-PART", partOf: "SV-ALL"));
        var whole = topic.Targets[0];

        Expect.Violation(() => topic.UpdateTarget(whole.TargetId, Sample.Count("SV-RENAMED"), Sample.Now), "target.code");
        Expect.Violation(() => topic.UpdateTarget(whole.TargetId, Sample.Percentage("SV-ALL"), Sample.Now), "target.measure_type");
        Expect.RuleViolation(() => topic.RemoveTarget(whole.TargetId, Sample.Now), Topic.TargetInUseRule);
    }
}
