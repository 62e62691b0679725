using Consortium.ServiceDefaults.Domain.Measures;

namespace Consortium.Insights.Domain.Learning;

/// <summary>A target of the topic with the way that is better (only directional targets can show "better").</summary>
public sealed record TargetDirection(string Code, Direction Direction);

/// <summary>A target on which another district reports a better value than the asking one.</summary>
public sealed record BetterValue(string TargetCode, decimal Value, decimal OwnValue);

/// <summary>What one district reports on a topic: its implementation stage (1–4, NIRN) and its values by target code.</summary>
public sealed record TopicReport(int? Stage, IReadOnlyDictionary<string, decimal> Values);

/// <summary>Why a district is worth learning from; <see cref="Any"/> is false when it is not.</summary>
public sealed record LearningReasons(bool HigherStage, IReadOnlyList<BetterValue> BetterValues)
{
    public bool Any => HigherStage || BetterValues.Count > 0;

    /// <summary>
    /// Compares another district's report with the asking district's. A stage counts as higher
    /// when the other states one above the asker's (any stated stage is above none stated). A value
    /// is better only on targets with a direction and when both have a value: with no value of
    /// one's own there is nothing to be better than, and "better" means nothing without a direction.
    /// </summary>
    public static LearningReasons Compare(TopicReport own, TopicReport other, IReadOnlyList<TargetDirection> targets)
    {
        var higherStage = other.Stage is { } stage && stage > (own.Stage ?? 0);
        var better = new List<BetterValue>();
        foreach (var target in targets)
        {
            if (!own.Values.TryGetValue(target.Code, out var mine) || !other.Values.TryGetValue(target.Code, out var theirs))
            {
                continue;
            }

            var isBetter = target.Direction switch
            {
                Direction.HigherIsBetter => theirs > mine,
                Direction.LowerIsBetter => theirs < mine,
                _ => false,
            };
            if (isBetter)
            {
                better.Add(new BetterValue(target.Code, theirs, mine));
            }
        }

        return new LearningReasons(higherStage, better);
    }
}
