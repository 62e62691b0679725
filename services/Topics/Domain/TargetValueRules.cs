using System.Globalization;

namespace Consortium.Topics.Domain;

/// <summary>
/// What a value of a target needs to be checked: the measure type and its parameters. Built from
/// a <see cref="Target"/> here, or from a <c>TargetDefinitionV1</c> by a consumer of the events.
/// </summary>
/// <param name="RubricLevelCount">How many levels the rubric has (valid ranks are 1 to this).</param>
public sealed record MeasureSpec(
    MeasureType Type,
    string? Currency = null,
    decimal? ScaleMin = null,
    decimal? ScaleMax = null,
    int RubricLevelCount = 0);

/// <summary>
/// One answer to a target: a number (percentage, count, amount, ratio, scale point, rubric rank),
/// yes/no, or text. Exactly one is set, matching the target's measure type.
/// </summary>
public sealed record TargetValue
{
    public decimal? Number { get; init; }

    public bool? YesNo { get; init; }

    public string? Text { get; init; }

    public static TargetValue OfNumber(decimal number) => new() { Number = number };

    public static TargetValue OfYesNo(bool yes) => new() { YesNo = yes };

    public static TargetValue OfText(string text) => new() { Text = text };
}

/// <summary>
/// The rules a value must meet for its measure type: is 105 a percentage, is rank 5 a level of a
/// four-level rubric, is 12.5 a count. Pure C# with no dependencies, so the topic definitions
/// (goal values) and the submissions of districts (reported values) apply exactly the same rules.
/// Each check returns <c>null</c> when the value is valid, otherwise a sentence a district lead
/// understands, to be reported against whichever field carried the value.
/// </summary>
public static class TargetValueRules
{
    public const int PercentageDecimals = 2;
    public const int AmountDecimals = 2;
    public const int RatioDecimals = 4;
    public const int ScaleDecimals = 2;
    public const int TextMaxLength = 4000;

    /// <summary>Checks a reported value against its target's measure.</summary>
    public static string? Check(MeasureSpec measure, TargetValue value)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(value);
        var given = (value.Number is null ? 0 : 1) + (value.YesNo is null ? 0 : 1) + (value.Text is null ? 0 : 1);
        if (given != 1)
        {
            return given == 0 ? "Give a value." : "Give one value only.";
        }

        return measure.Type switch
        {
            MeasureType.YesNo => value.YesNo is null ? "Answer yes or no." : null,
            MeasureType.Text => CheckText(value.Text),
            _ => value.Number is { } number ? CheckNumber(measure, number) : $"Give a number ({Describe(measure)}).",
        };
    }

    /// <summary>Checks a number for a numeric measure (percentage, count, amount, ratio, scale, rubric rank).</summary>
    public static string? CheckNumber(MeasureSpec measure, decimal number)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return measure.Type switch
        {
            MeasureType.Percentage => number is < 0m or > 100m
                ? $"A percentage is between 0 and 100; {Show(number)} is not."
                : Decimals(number, PercentageDecimals, "a percentage"),
            MeasureType.Count => number < 0m || number != decimal.Truncate(number)
                ? $"A count is a whole number, 0 or more; {Show(number)} is not."
                : null,
            MeasureType.Amount => number < 0m
                ? $"An amount is 0 or more; {Show(number)} is not."
                : Decimals(number, AmountDecimals, $"an amount in {measure.Currency ?? "the currency"}"),
            MeasureType.Ratio => number < 0m
                ? $"A ratio is 0 or more; {Show(number)} is not."
                : Decimals(number, RatioDecimals, "a ratio"),
            MeasureType.Scale => measure.ScaleMin is { } min && measure.ScaleMax is { } max && (number < min || number > max)
                ? $"Choose a value from {Show(min)} to {Show(max)}; {Show(number)} is outside the scale."
                : Decimals(number, ScaleDecimals, "a scale value"),
            MeasureType.Rubric => number != decimal.Truncate(number) || number < 1m || number > measure.RubricLevelCount
                ? $"Choose one of the rubric's levels by its rank, 1 to {measure.RubricLevelCount}; {Show(number)} is not a level."
                : null,
            MeasureType.YesNo => "Answer yes or no, not with a number.",
            MeasureType.Text => "Answer in words, not with a number.",
            _ => "The target's measure type is unknown.",
        };
    }

    /// <summary>
    /// Checks a consortium goal: like a value, except that a yes/no goal is written 1 (yes) or
    /// 0 (no), as the events carry it, and free text has no goal.
    /// </summary>
    public static string? CheckGoal(MeasureSpec measure, decimal goal)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return measure.Type switch
        {
            MeasureType.Text => "Free-text targets have no goal value.",
            MeasureType.YesNo => goal is 0m or 1m ? null : "A yes/no goal is 1 (yes) or 0 (no).",
            _ => CheckNumber(measure, goal),
        };
    }

    /// <summary>Whether values of this type may be declared part of a whole (summable quantities only).</summary>
    public static bool CanBePartOfWhole(MeasureType type) =>
        type is MeasureType.Percentage or MeasureType.Count or MeasureType.Amount or MeasureType.Ratio;

    /// <summary>The logic check between two answered targets where one is declared part of the other.</summary>
    public static string? CheckPartOfWhole(decimal part, decimal whole, string wholeCode) =>
        part <= whole ? null : $"This is part of {wholeCode}, so it cannot be larger: {Show(part)} is more than {Show(whole)}.";

    public static string? CheckText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "Write an answer."
        : text.Trim().Length > TextMaxLength ? $"Keep the answer to {TextMaxLength} characters or fewer; it has {text.Trim().Length}."
        : null;

    /// <summary>A short description of the values a measure accepts, for messages.</summary>
    public static string Describe(MeasureSpec measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return measure.Type switch
        {
            MeasureType.Percentage => "a percentage from 0 to 100",
            MeasureType.Count => "a whole number, 0 or more",
            MeasureType.Amount => $"an amount in {measure.Currency ?? "the currency"}, 0 or more",
            MeasureType.Ratio => "a ratio, 0 or more",
            MeasureType.Scale => $"a value from {Show(measure.ScaleMin ?? 0m)} to {Show(measure.ScaleMax ?? 0m)}",
            MeasureType.Rubric => $"a level rank from 1 to {measure.RubricLevelCount}",
            MeasureType.YesNo => "yes or no",
            _ => "text",
        };
    }

    /// <summary>Trailing zeros do not count (12.500 is 12.5): a client's serializer may pad them.</summary>
    private static string? Decimals(decimal number, int places, string what) =>
        decimal.Round(number, places, MidpointRounding.ToZero) == number
            ? null
            : $"Round {what} to at most {places} decimal places; {Show(number)} has more.";

    private static string Show(decimal number) => (number / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
