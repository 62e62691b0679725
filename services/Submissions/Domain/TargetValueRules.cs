using Consortium.ServiceDefaults.Domain.Measures;

namespace Consortium.Submissions.Domain;

/// <summary>
/// Applies the shared <see cref="MeasureValueRules"/> to our copies of the topic's targets:
/// whether a value fits its target's measure, and whether the values of one submission agree
/// with each other (a part never larger than its whole). Each problem starts with the target's
/// code, so a district lead can find the line of the form or spreadsheet it is about.
/// </summary>
public static class TargetValueRules
{
    /// <summary>
    /// Checks one non-empty value against its target. Returns the stored value, or the reason
    /// it is not acceptable.
    /// </summary>
    public static (TargetValue? Value, string? Problem) Check(TargetDefinition target, TargetValueInput input)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(input);
        var value = new MeasureValue { Number = input.Number, RubricRank = input.RubricRank, YesNo = input.YesNo, Text = input.Text };
        if (MeasureValueRules.Check(MeasureOf(target), value) is { } problem)
        {
            return (null, $"{target.Code}: {problem}");
        }

        return (new TargetValue(target.TargetId, target.Code, input.Number, input.RubricRank, input.YesNo, input.Text?.Trim()), null);
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
                && MeasureValueRules.CheckPartOfWhole(partNumber, wholeNumber, part.PartOfTargetCode!) is { } problem)
            {
                problems.Add((part.Code, $"{part.Code}: {problem}"));
            }
        }

        return problems;
    }

    private static MeasureSpec MeasureOf(TargetDefinition target) => new(
        target.MeasureType,
        ScaleMin: target.ScaleMin,
        ScaleMax: target.ScaleMax,
        RubricLevels: [.. target.Levels.OrderBy(level => level.Rank).Select(level => level.Label)]);
}
