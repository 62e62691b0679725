namespace Consortium.ServiceDefaults.Domain.Measures;

/// <summary>Which way is better for a target (numbers match the V1 event enum).</summary>
public enum Direction
{
    /// <summary>A higher value is better; for yes/no, yes is better.</summary>
    HigherIsBetter = 1,

    /// <summary>A lower value is better; for yes/no, no is better.</summary>
    LowerIsBetter = 2,

    /// <summary>No value is better than another: comparisons show position, never "better than".</summary>
    Neither = 3,
}
