using System.Text.RegularExpressions;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Domain.Measures;

namespace Consortium.Topics.Domain;

/// <summary>
/// The rules of one target definition on its own: texts, code format, the parameters of its
/// measure type (and no parameters of other types), direction and goal value. Rules between
/// targets of a topic (unique codes, part-of) are in <see cref="TargetListRules"/>.
/// </summary>
public static partial class TargetValidation
{
    public const int CodeMinLength = 2;
    public const int CodeMaxLength = 40;
    public const int NameMinLength = 2;
    public const int NameMaxLength = 200;
    public const int DefinitionMaxLength = 4000;
    public const int InclusionsMaxLength = 2000;
    public const int UnitMaxLength = 60;
    public const int MaxScaleLabels = 20;
    public const int MinRubricLevels = 2;
    public const int MaxRubricLevels = 10;

    /// <summary>
    /// Validates <paramref name="definition"/>, adding violations under <paramref name="prefix"/>
    /// (e.g. <c>target</c> or <c>targets[2]</c>), and returns it normalised (trimmed, code
    /// uppercased, direction resolved, scale labels sorted, rubric ranks set), or <c>null</c>.
    /// </summary>
    public static TargetDefinition? Validate(TargetDefinition definition, Violations violations, string prefix)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(violations);
        var before = violations.Items.Count;
        string Field(string name) => $"{prefix}.{name}";

        var code = TextInput.Clean(definition.Code)?.ToUpperInvariant();
        violations.Require(
            code is not null && CodePattern().IsMatch(code),
            Field(TargetFields.Code),
            $"Give the target a code of {CodeMinLength}–{CodeMaxLength} uppercase letters, digits and hyphens, e.g. SV-COURSE-DESIGN.");
        var name = RequireText(definition.Name, NameMinLength, NameMaxLength, Field(TargetFields.Name), "Name the target", violations);
        var text = RequireText(definition.Definition, 1, DefinitionMaxLength, Field(TargetFields.Definition), "Define exactly what is counted or described", violations);
        var inclusions = OptionalText(definition.Inclusions, InclusionsMaxLength, Field(TargetFields.Inclusions), violations);
        var exclusions = OptionalText(definition.Exclusions, InclusionsMaxLength, Field(TargetFields.Exclusions), violations);
        var unit = OptionalText(definition.Unit, UnitMaxLength, Field(TargetFields.Unit), violations);

        if (definition.MeasureType is not { } type || !Enum.IsDefined(type))
        {
            violations.Add(Field(TargetFields.MeasureType), "Choose how the target is measured: percentage, count, amount, ratio, scale, rubric, yes/no or text.");
            return null;
        }

        var currency = ValidateCurrency(type, definition.Currency, Field(TargetFields.Currency), violations);
        ValidateScale(type, definition, violations, Field);
        var labels = type == MeasureType.Scale ? ValidateScaleLabels(definition, violations, Field(TargetFields.ScaleLabels)) : [];
        var levels = ValidateRubricLevels(type, definition.RubricLevels, violations, Field(TargetFields.RubricLevels));
        var direction = ResolveDirection(type, definition.Direction, violations, Field(TargetFields.Direction));
        var partOf = TextInput.Clean(definition.PartOfTargetCode)?.ToUpperInvariant();

        if (violations.Items.Count > before)
        {
            return null;
        }

        var valid = definition with
        {
            Code = code,
            Name = name,
            Definition = text,
            Inclusions = inclusions,
            Exclusions = exclusions,
            Unit = unit,
            Currency = currency,
            ScaleLabels = labels,
            RubricLevels = levels,
            Direction = direction,
            PartOfTargetCode = partOf,
        };
        if (definition.GoalValue is { } goal
            && CheckGoal(new MeasureSpec(type, currency, definition.ScaleMin, definition.ScaleMax, [.. levels.Select(level => level.Label)]), goal) is { } problem)
        {
            violations.Add(Field(TargetFields.GoalValue), problem);
            return null;
        }

        return valid;
    }

    /// <summary>
    /// Checks a consortium goal: like a value (see <see cref="MeasureValueRules"/>), except that a
    /// yes/no goal is written 1 (yes) or 0 (no), as the events carry it, and free text has no goal.
    /// </summary>
    public static string? CheckGoal(MeasureSpec measure, decimal goal)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return measure.Type switch
        {
            MeasureType.Text => "Free-text targets have no goal value.",
            MeasureType.YesNo => goal is 0m or 1m ? null : "A yes/no goal is 1 (yes) or 0 (no).",
            _ => MeasureValueRules.CheckNumber(measure, goal),
        };
    }

    private static string? ValidateCurrency(MeasureType type, string? currency, string field, Violations violations)
    {
        var cleaned = TextInput.Clean(currency)?.ToUpperInvariant();
        if (type != MeasureType.Amount)
        {
            violations.Require(cleaned is null, field, "Only amount targets have a currency; leave it empty.");
            return null;
        }

        violations.Require(
            cleaned is { Length: 3 } && cleaned.All(char.IsAsciiLetterUpper),
            field,
            "Give the ISO 4217 currency code of the amount, e.g. USD.");
        return cleaned;
    }

    private static void ValidateScale(MeasureType type, TargetDefinition definition, Violations violations, Func<string, string> field)
    {
        if (type != MeasureType.Scale)
        {
            violations.Require(definition.ScaleMin is null, field(TargetFields.ScaleMin), "Only scale targets have a minimum; leave it empty.");
            violations.Require(definition.ScaleMax is null, field(TargetFields.ScaleMax), "Only scale targets have a maximum; leave it empty.");
            violations.Require(definition.ScaleLabels.Count == 0, field(TargetFields.ScaleLabels), "Only scale targets have scale labels; leave them empty.");
            return;
        }

        violations.Require(definition.ScaleMin is not null, field(TargetFields.ScaleMin), "Give the lowest value of the scale.");
        violations.Require(definition.ScaleMax is not null, field(TargetFields.ScaleMax), "Give the highest value of the scale.");
        if (definition.ScaleMin is { } min && definition.ScaleMax is { } max)
        {
            violations.Require(min < max, field(TargetFields.ScaleMax), $"The highest value of the scale must be above the lowest ({min}).");
        }
    }

    private static List<ScaleLabel> ValidateScaleLabels(TargetDefinition definition, Violations violations, string field)
    {
        if (definition.ScaleLabels.Count > MaxScaleLabels)
        {
            violations.Add(field, $"Label at most {MaxScaleLabels} points of the scale.");
            return [];
        }

        var labels = new List<ScaleLabel>();
        for (var i = 0; i < definition.ScaleLabels.Count; i++)
        {
            var label = definition.ScaleLabels[i];
            var text = RequireText(label.Label, 1, ScaleLabel.LabelMaxLength, $"{field}[{i}].label", "Write the label", violations);
            // Against an impossible range (min ≥ max) every label would be "off the scale": report the range once instead.
            if (definition.ScaleMin is { } min && definition.ScaleMax is { } max && min < max && (label.Value < min || label.Value > max))
            {
                violations.Add($"{field}[{i}].value", $"A labelled point must be on the scale, from {min} to {max}.");
            }
            else if (labels.Any(other => other.Value == label.Value))
            {
                violations.Add($"{field}[{i}].value", $"The point {label.Value} is labelled twice.");
            }
            else if (text is not null)
            {
                labels.Add(new ScaleLabel(label.Value, text));
            }
        }

        return [.. labels.OrderBy(label => label.Value)];
    }

    private static List<RubricLevel> ValidateRubricLevels(MeasureType type, IReadOnlyList<RubricLevel> levels, Violations violations, string field)
    {
        if (type != MeasureType.Rubric)
        {
            violations.Require(levels.Count == 0, field, "Only rubric targets have levels; leave them empty.");
            return [];
        }

        if (levels.Count is < MinRubricLevels or > MaxRubricLevels)
        {
            violations.Add(field, $"A rubric has {MinRubricLevels}–{MaxRubricLevels} levels, lowest first (e.g. exploration, installation, initial implementation, full implementation).");
            return [];
        }

        var valid = new List<RubricLevel>();
        for (var i = 0; i < levels.Count; i++)
        {
            var position = i + 1;
            var level = levels[i];
            violations.Require(
                level.Rank == 0 || level.Rank == position,
                $"{field}[{i}].rank",
                $"Levels are ranked by their order, lowest first: this one is level {position}. Leave the rank 0 or set it to {position}.");
            var label = RequireText(level.Label, 1, RubricLevel.LabelMaxLength, $"{field}[{i}].label", "Name the level", violations);
            var descriptor = RequireText(level.Descriptor, 1, RubricLevel.DescriptorMaxLength, $"{field}[{i}].descriptor", "Describe what the level looks like", violations);
            if (label is not null && valid.Any(other => string.Equals(other.Label, label, StringComparison.OrdinalIgnoreCase)))
            {
                violations.Add($"{field}[{i}].label", $"Two levels are called \"{label}\"; each level needs its own name.");
            }
            else if (label is not null && descriptor is not null)
            {
                valid.Add(new RubricLevel(position, label, descriptor));
            }
        }

        return valid;
    }

    /// <summary>
    /// Text can only be described, so its direction is always Neither. Yes/no defaults to Neither
    /// (many are facts, e.g. "has a board-adopted policy", not goals) but may say which answer is
    /// better. Rubric levels are ordered lowest first, so higher is better unless stated. For the
    /// numeric types the direction must be chosen: whether a lower percentage is better (chronic
    /// absence) or worse (course completion) cannot be guessed, and a wrong guess would label
    /// districts "better" or "worse" in every comparison.
    /// </summary>
    private static Direction? ResolveDirection(MeasureType type, Direction? direction, Violations violations, string field)
    {
        if (direction is { } given && !Enum.IsDefined(given))
        {
            violations.Add(field, "Choose higher is better, lower is better, or neither.");
            return null;
        }

        switch (type)
        {
            case MeasureType.Text:
                violations.Require(direction is null or Direction.Neither, field, "Free text is described, not ranked: its direction is neither.");
                return Direction.Neither;
            case MeasureType.YesNo:
                return direction ?? Direction.Neither;
            case MeasureType.Rubric:
                return direction ?? Direction.HigherIsBetter;
            default:
                violations.Require(direction is not null, field, "Say which way is better: higher, lower, or neither.");
                return direction;
        }
    }

    private static string? RequireText(string? value, int min, int max, string field, string ask, Violations violations)
    {
        var cleaned = TextInput.Clean(value);
        violations.Require(cleaned is not null && cleaned.Length >= min && cleaned.Length <= max, field, $"{ask} ({min}–{max} characters).");
        return cleaned;
    }

    private static string? OptionalText(string? value, int max, string field, Violations violations)
    {
        var cleaned = TextInput.Clean(value);
        violations.Require(cleaned is null || cleaned.Length <= max, field, $"Keep this to {max} characters or fewer; it has {cleaned?.Length}.");
        return cleaned;
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,39}$")]
    private static partial Regex CodePattern();
}
