using System.Globalization;
using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Tests.Api;

namespace Consortium.Insights.Tests.Adversarial;

/// <summary>
/// What a curious lead can derive from the answers it received, by sound reasoning only (every
/// conclusion holds for every consortium consistent with what it saw). The suite asserts the
/// property on these conclusions, not on how the service computes its answers.
/// </summary>
public static class Attacker
{
    /// <summary>
    /// The tolerance the policy states (ADR 15): a hidden value is pinned when the caller can
    /// confine it to an interval narrower than this (half a point on a 0–100 scale).
    /// </summary>
    public const decimal Tolerance = 0.5m;

    /// <summary>The range every generated value lies in, which the attacker is assumed to know.</summary>
    public const decimal Lowest = 0m;

    public const decimal Highest = 100m;

    /// <summary>Values shown individually in an answer (named with names, anonymous bare).</summary>
    public static IReadOnlyList<decimal> ShownValues(CompareTargetResponse answer) =>
        [.. answer.Rows.Select(r => (r.Named?.Value ?? r.Anonymous?.Value ?? r.Staff.Value).Number())];

    /// <summary>
    /// Mean minus what is known: when the figures cover <c>n</c> values, of which the caller knows
    /// <paramref name="known"/> (its own, the rows, anything learned elsewhere), the unknown ones
    /// sum to n·mean − Σ known, within n × the mean's rounding. With one unknown value that is the
    /// value; with u of them, each lies in [S − (u−1)·Highest, S − (u−1)·Lowest] ∩ [Lowest, Highest].
    /// Null when the answer has no mean or every value is known.
    /// </summary>
    public static (decimal Low, decimal High, int Unknown)? HiddenValueBounds(CompareTargetResponse answer, IReadOnlyCollection<decimal> known)
    {
        if (answer.OutcomeCase != CompareTargetResponse.OutcomeOneofCase.Figures || answer.Figures.Numeric?.Mean is not { } published)
        {
            return null;
        }

        var n = answer.Figures.DistrictCount;
        var unknown = n - known.Count;
        if (unknown <= 0)
        {
            return null;
        }

        var half = HalfStep(published.Value) * n;
        var sum = (published.Number() * n) - known.Sum();
        var low = Math.Max(Lowest, sum - half - ((unknown - 1) * Highest));
        var high = Math.Min(Highest, sum + half - ((unknown - 1) * Lowest));
        return (low, high, unknown);
    }

    /// <summary>
    /// Exact order statistics (minimum, maximum, and quartiles or medians that fall on one value
    /// under Hyndman–Fan type 7) that are none of the values the caller knows: each is, for
    /// certain, the exact value of a district hidden from it.
    /// </summary>
    public static IReadOnlyList<decimal> RecoveredHiddenValues(CompareTargetResponse answer, IReadOnlyCollection<decimal> known)
    {
        if (answer.OutcomeCase != CompareTargetResponse.OutcomeOneofCase.Figures || answer.Figures.Numeric is not { } numeric)
        {
            return [];
        }

        var n = answer.Figures.DistrictCount;
        var exact = new List<decimal>();
        AddIf(exact, numeric.Min, true);
        AddIf(exact, numeric.Max, true);
        AddIf(exact, numeric.Q1, IsOnOneValue(n, 0.25m));
        AddIf(exact, numeric.Median, IsOnOneValue(n, 0.5m));
        AddIf(exact, numeric.Q3, IsOnOneValue(n, 0.75m));
        var remaining = known.ToList();
        return [.. exact.Distinct().Where(v => !remaining.Contains(v))];
    }

    /// <summary>
    /// Two answers over the same number of districts, asked before and after one hidden value was
    /// revised: n·(mean₂ − mean₁) is that value's change, within both means' rounding. Null when
    /// either answer has no mean or they cover different numbers of districts.
    /// </summary>
    public static (decimal Low, decimal High)? ChangeBetween(CompareTargetResponse before, CompareTargetResponse after)
    {
        if (before.Figures?.Numeric?.Mean is not { } first || after.Figures?.Numeric?.Mean is not { } second
            || before.Figures.DistrictCount != after.Figures.DistrictCount)
        {
            return null;
        }

        var n = after.Figures.DistrictCount;
        var change = (second.Number() - first.Number()) * n;
        var slack = (HalfStep(first.Value) + HalfStep(second.Value)) * n;
        return (change - slack, change + slack);
    }

    /// <summary>A median of <paramref name="count"/> values other than the caller's that falls on one of them.</summary>
    public static bool MedianIsOneValue(int count) => IsOnOneValue(count, 0.5m);

    // Type 7: h = (n − 1)·p; an integer h is exactly the (h+1)-th value.
    private static bool IsOnOneValue(int n, decimal p) => ((n - 1) * p) == decimal.Truncate((n - 1) * p);

    private static void AddIf(List<decimal> exact, Google.Type.Decimal? value, bool onOneValue)
    {
        if (value is not null && onOneValue)
        {
            exact.Add(value.Number());
        }
    }

    // Half of the last decimal place written: what rounding to that place can hide.
    private static decimal HalfStep(string written)
    {
        var point = written.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : written.Length - point - 1;
        if (decimals >= 20)
        {
            return 0m; // unrounded: an exact decimal division
        }

        return 0.5m / (decimal)Math.Pow(10, decimals);
    }

    /// <summary>For messages: a value as the invariant culture writes it.</summary>
    public static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
