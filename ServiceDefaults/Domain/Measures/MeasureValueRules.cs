using System.Globalization;

namespace Consortium.ServiceDefaults.Domain.Measures;

/// <summary>
/// The rules a value must meet for its measure type: is 105 a percentage, is rank 5 a level of a
/// four-level rubric, is 12.5 a count. Pure, so the topic definitions (goal values) and the
/// submissions of districts (reported values) apply exactly the same rules. Each check returns
/// <c>null</c> when the value is valid, otherwise a sentence a district lead understands, to be
/// reported against whichever field carried the value.
/// </summary>
public static class MeasureValueRules
{
    public const int PercentageDecimals = 2;
    public const int AmountDecimals = 2;
    public const int RatioDecimals = 4;
    public const int ScaleDecimals = 2;
    public const int TextMaxLength = 4000;

    /// <summary>Checks an answer: the kind of value the measure calls for, then the value itself.</summary>
    public static string? Check(MeasureSpec measure, MeasureValue value)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(value);
        var given = (value.Number is null ? 0 : 1) + (value.RubricRank is null ? 0 : 1) + (value.YesNo is null ? 0 : 1) + (value.Text is null ? 0 : 1);
        if (given != 1)
        {
            return given == 0 ? "Give a value." : "Give one value only.";
        }

        // Saying what was given instead, because "give a number" alone puzzles someone who answered "yes".
        return measure.Type switch
        {
            MeasureType.YesNo => value.YesNo is null ? $"Answer yes or no, not {Given(value)}." : null,
            MeasureType.Text => value.Text is null ? $"Answer in words, not {Given(value)}." : CheckText(value.Text),
            MeasureType.Rubric => value.RubricRank is { } rank ? CheckNumber(measure, rank) : $"Choose {Describe(measure)}, not {Given(value)}.",
            MeasureType.Percentage or MeasureType.Count or MeasureType.Amount or MeasureType.Ratio or MeasureType.Scale =>
                value.Number is { } number ? CheckNumber(measure, number) : $"Give {Describe(measure)}, not {Given(value)}.",
            _ => "The target's measure type is unknown.",
        };
    }

    /// <summary>Checks a number for a numeric measure (percentage, count, amount, ratio, scale point, rubric rank).</summary>
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
            MeasureType.Scale => (measure.ScaleMin is { } min && number < min) || (measure.ScaleMax is { } max && number > max)
                ? $"Choose {Describe(measure)}; {Show(number)} is outside the scale."
                : Decimals(number, ScaleDecimals, "a scale value"),
            MeasureType.Rubric => number != decimal.Truncate(number) || number < 1m || number > measure.RubricLevelCount
                ? $"Choose one of the rubric's levels by its rank ({Levels(measure)}); {Show(number)} is not a level."
                : null,
            MeasureType.YesNo => "Answer yes or no, not with a number.",
            MeasureType.Text => "Answer in words, not with a number.",
            _ => "The target's measure type is unknown.",
        };
    }

    public static string? CheckText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "Write an answer."
        : text.Trim().Length > TextMaxLength ? $"Keep the answer to {TextMaxLength} characters or fewer; it has {text.Trim().Length}."
        : null;

    /// <summary>Whether values of this type may be declared part of a whole (summable quantities only).</summary>
    public static bool CanBePartOfWhole(MeasureType type) =>
        type is MeasureType.Percentage or MeasureType.Count or MeasureType.Amount or MeasureType.Ratio;

    /// <summary>The logic check between two answered targets where one is declared part of the other.</summary>
    public static string? CheckPartOfWhole(decimal part, decimal whole, string wholeCode) =>
        part <= whole ? null : $"This is part of {wholeCode}, so it cannot be larger: {Show(part)} is more than {Show(whole)}.";

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
            MeasureType.Scale => (measure.ScaleMin, measure.ScaleMax) switch
            {
                ({ } min, { } max) => $"a value from {Show(min)} to {Show(max)}",
                ({ } min, null) => $"a value of {Show(min)} or more",
                (null, { } max) => $"a value of {Show(max)} or less",
                _ => "a value on the scale",
            },
            MeasureType.Rubric => $"a level by its rank ({Levels(measure)})",
            MeasureType.YesNo => "yes or no",
            _ => "an answer in words",
        };
    }

    private static string Given(MeasureValue value) => value switch
    {
        { Number: { } number } => $"the number {Show(number)}",
        { RubricRank: { } rank } => string.Create(CultureInfo.InvariantCulture, $"the rubric rank {rank}"),
        { YesNo: { } yes } => yes ? "yes" : "no",
        _ => "text",
    };

    private static string Levels(MeasureSpec measure) =>
        string.Join(", ", (measure.RubricLevels ?? []).Select((label, index) => string.Create(CultureInfo.InvariantCulture, $"{index + 1} = {label}")));

    /// <summary>Trailing zeros do not count (12.500 is 12.5): a client's serializer may pad them.</summary>
    private static string? Decimals(decimal number, int places, string what) =>
        decimal.Round(number, places, MidpointRounding.ToZero) == number
            ? null
            : $"Round {what} to at most {places} decimal places; {Show(number)} has more.";

    private static string Show(decimal number) => (number / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
