using Consortium.ServiceDefaults.Domain.Measures;

namespace Consortium.Insights.Data.ReadModel;

/// <summary>One target (measure) of a published topic, frozen at publication.</summary>
public sealed class TargetRow
{
    public Guid Id { get; set; }

    public Guid TopicId { get; set; }

    public Guid CycleId { get; set; }

    /// <summary>Stable across cycles when a topic is carried forward: the key for trends.</summary>
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Definition { get; set; } = string.Empty;

    public MeasureType MeasureType { get; set; }

    public string? Unit { get; set; }

    /// <summary>ISO 4217, for amounts only.</summary>
    public string? Currency { get; set; }

    public Direction Direction { get; set; }

    public decimal? GoalValue { get; set; }

    public decimal? ScaleMin { get; set; }

    public decimal? ScaleMax { get; set; }

    /// <summary>Lowest first, for rubric targets.</summary>
    public List<RubricLevelValue> RubricLevels { get; set; } = [];

    /// <summary>Order within the topic, from 0.</summary>
    public int Position { get; set; }
}

/// <summary>One level of a rubric: its rank (1 = lowest) and label.</summary>
public sealed class RubricLevelValue
{
    public int Rank { get; set; }

    public string Label { get; set; } = string.Empty;
}
