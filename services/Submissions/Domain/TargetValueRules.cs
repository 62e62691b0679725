using System.Globalization;

namespace Consortium.Submissions.Domain;

/// <summary>
/// Whether a value fits its target's measure type, and whether the values of one submission
/// agree with each other (a part never larger than its whole). Pure, so the rules read like
/// the topic's definitions.
/// <para>
/// The Topics service has its own rules for target definitions and goal values; both should
/// move into one shared pure place (they are the same knowledge of measure types).
/// </para>
/// </summary>
public static class TargetValueRules
{
    public const int TextMaxLength = 4_000;
    public const int PercentageDecimals = 2;
    public const int AmountDecimals = 2;
    public const int NumberDecimals = 4;

    /// <summary>
    /// Checks one non-empty value against its target. Returns the stored value, or the reason
    /// it is not acceptable, in words a district lead understands.
    /// </summary>
    public static (TargetValue? Value, string? Problem) Check(TargetDefinition target, TargetValueInput input)
    {
        var problem = target.MeasureType switch
        {
            MeasureType.Percentage => CheckNumber(input, target, "a percentage", 0m, 100m, PercentageDecimals, wholeNumber: false),
            MeasureType.Count => CheckNumber(input, target, "a count", 0m, null, 0, wholeNumber: true),
            MeasureType.Amount => CheckNumber(input, target, "an amount of money", 0m, null, AmountDecimals, wholeNumber: false),
            MeasureType.Ratio => CheckNumber(input, target, "a ratio", 0m, null, NumberDecimals, wholeNumber: false),
            MeasureType.Scale => CheckNumber(input, target, "a scale value", target.ScaleMin, target.ScaleMax, NumberDecimals, wholeNumber: false),
            MeasureType.Rubric => CheckRubric(input, target),
            MeasureType.YesNo => input.YesNo is null ? $"{target.Code} is a yes/no question: answer yes or no{Instead(input)}." : null,
            MeasureType.Text => CheckText(input, target),
            _ => $"{target.Code} has a measure type this service does not know; ask consortium staff.",
        };
        if (problem is not null)
        {
            return (null, problem);
        }

        var text = input.Text?.Trim();
        return (new TargetValue(target.TargetId, target.Code, input.Number, input.RubricRank, input.YesNo, text), null);
    }

    /// <summary>
    /// The logic checks between values of one submission: each answered part must not exceed its
    /// answered whole (e.g. students in advanced courses ≤ students enrolled). One problem per
    /// offending part, keyed by the part's code.
    /// </summary>
    public static IReadOnlyList<(string TargetCode, string Problem)> CheckParts(
        IReadOnlyList<TargetDefinition> targets, IReadOnlyList<TargetValue> values)
    {
        var byCode = values.ToDictionary(value => value.TargetCode, StringComparer.Ordinal);
        var problems = new List<(string, string)>();
        foreach (var part in targets.Where(target => target.PartOfTargetCode is not null))
        {
            if (byCode.TryGetValue(part.Code, out var partValue)
                && byCode.TryGetValue(part.PartOfTargetCode!, out var wholeValue)
                && partValue.Number is { } partNumber
                && wholeValue.Number is { } wholeNumber
                && partNumber > wholeNumber)
            {
                problems.Add((part.Code, Invariant(
                    $"{part.Code} ({partNumber}) is part of {part.PartOfTargetCode} ({wholeNumber}) and cannot be larger than it.")));
            }
        }

        return problems;
    }

    private static string? CheckNumber(
        TargetValueInput input, TargetDefinition target, string what, decimal? min, decimal? max, int decimals, bool wholeNumber)
    {
        var range = (min, max) switch
        {
            ({ } low, { } high) => Invariant($" from {low} to {high}"),
            ({ } low, null) => Invariant($" of {low} or more"),
            _ => "",
        };
        if (input.Number is not { } number)
        {
            return $"{target.Code} is {what}: enter a number{range}{Instead(input)}.";
        }

        if ((min is { } lowest && number < lowest) || (max is { } highest && number > highest))
        {
            return Invariant($"{target.Code} is {what}: enter a number{range}; {number} is outside that.");
        }

        if (wholeNumber && decimal.Truncate(number) != number)
        {
            return Invariant($"{target.Code} is {what}: enter a whole number; {number} has a fraction.");
        }

        return decimal.Round(number, decimals, MidpointRounding.ToZero) == number
            ? null
            : Invariant($"{target.Code} is {what}: use at most {decimals} decimal places; {number} has more.");
    }

    private static string? CheckRubric(TargetValueInput input, TargetDefinition target)
    {
        var levels = string.Join(", ", target.Levels.OrderBy(level => level.Rank).Select(level => Invariant($"{level.Rank} = {level.Label}")));
        if (input.RubricRank is not { } rank)
        {
            return $"{target.Code} is a rubric: choose a level by its rank ({levels}){Instead(input)}.";
        }

        return target.Levels.Any(level => level.Rank == rank)
            ? null
            : Invariant($"{target.Code} is a rubric: {rank} is not one of its levels ({levels}).");
    }

    private static string? CheckText(TargetValueInput input, TargetDefinition target)
    {
        var text = input.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return $"{target.Code} is answered in words: enter some text{Instead(input)}.";
        }

        return text.Length <= TextMaxLength
            ? null
            : Invariant($"{target.Code} is answered in words: keep it to {TextMaxLength} characters; it has {text.Length}.");
    }

    // Says what was given instead, because "enter a number" alone puzzles someone who typed "yes".
    private static string Instead(TargetValueInput input) => input switch
    {
        { Number: { } number } => Invariant($", not the number {number}"),
        { RubricRank: { } rank } => Invariant($", not the rubric rank {rank}"),
        { YesNo: { } yesNo } => yesNo ? ", not yes" : ", not no",
        { Text: not null } => ", not text",
        _ => string.Empty,
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
