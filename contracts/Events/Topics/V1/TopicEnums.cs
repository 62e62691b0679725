namespace Consortium.Contracts.Events.Topics.V1;

/// <summary>How a target is measured (values are stable: never renumber).</summary>
public enum MeasureTypeV1
{
    /// <summary>A percentage, 0–100.</summary>
    Percentage = 1,

    /// <summary>A whole number of things, 0 or more.</summary>
    Count = 2,

    /// <summary>An amount of money in <see cref="TargetDefinitionV1.Currency"/>, 0 or more.</summary>
    Amount = 3,

    /// <summary>A ratio expressed as one number (e.g. 250 students per counselor), 0 or more.</summary>
    Ratio = 4,

    /// <summary>A number on a scale from <see cref="TargetDefinitionV1.ScaleMin"/> to <see cref="TargetDefinitionV1.ScaleMax"/>.</summary>
    Scale = 5,

    /// <summary>One of the ordered <see cref="TargetDefinitionV1.RubricLevels"/> (e.g. implementation stages).</summary>
    Rubric = 6,

    /// <summary>Yes or no (e.g. "has a board-adopted policy").</summary>
    YesNo = 7,

    /// <summary>Free text; described, never aggregated.</summary>
    Text = 8,
}

/// <summary>Which way is better for a target (values are stable: never renumber).</summary>
public enum DirectionV1
{
    HigherIsBetter = 1,
    LowerIsBetter = 2,

    /// <summary>No value is better than another; comparisons show position, never "better than".</summary>
    Neither = 3,
}

/// <summary>What a topic invites districts to describe (values are stable: never renumber).</summary>
public enum BenchmarkKindV1
{
    Program = 1,
    Policy = 2,
    Practice = 3,
    Process = 4,
    Context = 5,
    Culture = 6,
    Capacity = 7,
}

/// <summary>Which half of the school year a cycle belongs to (the consortium meets twice a year).</summary>
public enum HalfV1
{
    First = 1,
    Second = 2,
}
