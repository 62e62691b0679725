namespace Consortium.Insights.Domain;

/// <summary>
/// Which way is better for a target. Mirrors the Topics definition so the domain does not
/// depend on event contracts; messaging maps one to the other.
/// </summary>
public enum Direction
{
    HigherIsBetter = 1,
    LowerIsBetter = 2,

    /// <summary>No value is better than another (e.g. a class size policy); comparisons show position, never "better than".</summary>
    Neither = 3,
}
