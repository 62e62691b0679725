namespace Consortium.ServiceDefaults.Domain.Measures;

/// <summary>
/// What checking a value of a target needs: the measure type and its parameters. Each service
/// builds it from its own target definition (Topics from its targets, Submissions from the
/// copies it learned from events).
/// </summary>
/// <param name="Currency">ISO 4217 code of an amount; only used in messages.</param>
/// <param name="RubricLevels">The labels of a rubric's levels, lowest first: level <c>n</c> has rank <c>n</c>.</param>
public sealed record MeasureSpec(
    MeasureType Type,
    string? Currency = null,
    decimal? ScaleMin = null,
    decimal? ScaleMax = null,
    IReadOnlyList<string>? RubricLevels = null)
{
    /// <summary>How many levels the rubric has (valid ranks are 1 to this).</summary>
    public int RubricLevelCount => RubricLevels?.Count ?? 0;
}
