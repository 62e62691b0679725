using Consortium.Contracts.Topics.V1;

namespace Consortium.Web.Tests;

/// <summary>A topic with one target of each kind the bulk entry parses differently.</summary>
internal static class TopicExamples
{
    public static Topic StudentVoice()
    {
        var topic = new Topic { TopicId = "topic-1", CycleId = "cycle-1", Title = "Student voice" };
        topic.Targets.Add(Target("SV-PCT", MeasureType.Percentage));
        topic.Targets.Add(Target("SV-COUNT", MeasureType.Count));
        topic.Targets.Add(Target("SV-POLICY", MeasureType.YesNo));
        var rubric = Target("SV-STAGE", MeasureType.Rubric);
        rubric.Definition.RubricLevels.Add(new RubricLevel { Rank = 1, Label = "Exploration", Descriptor_ = "x" });
        rubric.Definition.RubricLevels.Add(new RubricLevel { Rank = 2, Label = "Installation", Descriptor_ = "x" });
        rubric.Definition.RubricLevels.Add(new RubricLevel { Rank = 3, Label = "Full implementation", Descriptor_ = "x" });
        topic.Targets.Add(rubric);
        var scale = Target("SV-SCALE", MeasureType.Scale);
        scale.Definition.ScaleMin = new Google.Type.Decimal { Value = "1" };
        scale.Definition.ScaleMax = new Google.Type.Decimal { Value = "5" };
        topic.Targets.Add(scale);
        return topic;
    }

    private static Target Target(string code, MeasureType type) =>
        new() { TargetId = $"id-{code}", Definition = new TargetDefinition { Code = code, Name = $"Name of {code}", MeasureType = type } };
}
