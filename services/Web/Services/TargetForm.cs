using System.Globalization;
using Consortium.Contracts.Topics.V1;

namespace Consortium.Web.Services;

/// <summary>
/// A target's definition as staff write it, with the parts each measure type needs (a currency for
/// amounts, a range and labelled points for scales, ordered levels for rubrics, a yes/no goal).
/// Text stays as typed so nothing is lost when a save fails; turning it into a definition only
/// checks that numbers are numbers and leaves out what does not belong to the chosen type. Every
/// other rule is the Topics service's, and its errors come back as <c>target.&lt;field&gt;</c>.
/// </summary>
public sealed class TargetForm
{
    /// <summary>The prefix the service puts before a target's fields in AddTarget and UpdateTarget.</summary>
    public const string Prefix = "target";

    /// <summary>The measure types in the order the form offers them.</summary>
    public static readonly MeasureType[] MeasureTypes =
    [
        MeasureType.Percentage, MeasureType.Count, MeasureType.Amount, MeasureType.Ratio,
        MeasureType.Scale, MeasureType.Rubric, MeasureType.YesNo, MeasureType.Text,
    ];

    /// <summary>The target being replaced; null for a new one.</summary>
    public string? TargetId { get; private init; }

    public MeasureType MeasureType { get; set; } = MeasureType.Percentage;

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Definition { get; set; } = "";

    public string Inclusions { get; set; } = "";

    public string Exclusions { get; set; } = "";

    public string Unit { get; set; } = "";

    public string Currency { get; set; } = "USD";

    public string ScaleMin { get; set; } = "";

    public string ScaleMax { get; set; } = "";

    public List<ScalePointRow> ScaleLabels { get; } = [];

    public List<RubricLevelRow> RubricLevels { get; } = [];

    public Direction Direction { get; set; } = Direction.HigherIsBetter;

    public bool Required { get; set; } = true;

    /// <summary>The goal as typed: a number, a rubric level's rank, or for yes/no "1" (yes) or "0" (no); empty for none.</summary>
    public string Goal { get; set; } = "";

    public string PartOfTargetCode { get; set; } = "";

    /// <summary>One labelled point of a scale.</summary>
    public sealed class ScalePointRow
    {
        public string Value { get; set; } = "";

        public string Label { get; set; } = "";
    }

    /// <summary>One rubric level (an implementation stage, say), lowest first.</summary>
    public sealed class RubricLevelRow
    {
        public string Label { get; set; } = "";

        public string Descriptor { get; set; } = "";
    }

    public bool HasUnit => MeasureType is MeasureType.Percentage or MeasureType.Count or MeasureType.Amount or MeasureType.Ratio or MeasureType.Scale;

    public bool HasCurrency => MeasureType == MeasureType.Amount;

    public bool HasScale => MeasureType == MeasureType.Scale;

    public bool HasRubric => MeasureType == MeasureType.Rubric;

    /// <summary>Text has no better value; rubrics are ordered lowest first, so higher is better.</summary>
    public bool HasDirection => MeasureType is not (MeasureType.Text or MeasureType.Rubric);

    public bool HasGoal => MeasureType != MeasureType.Text;

    /// <summary>A part of another target ("of which ...") only for additive measures.</summary>
    public bool HasPartOf => MeasureType is MeasureType.Percentage or MeasureType.Count or MeasureType.Amount or MeasureType.Ratio;

    /// <summary>A fresh rubric starts with the four implementation stages, which staff may rename.</summary>
    public static TargetForm New()
    {
        var form = new TargetForm();
        form.RubricLevels.AddRange(
        [
            new RubricLevelRow { Label = "Exploration", Descriptor = "" },
            new RubricLevelRow { Label = "Installation", Descriptor = "" },
            new RubricLevelRow { Label = "Initial implementation", Descriptor = "" },
            new RubricLevelRow { Label = "Full implementation", Descriptor = "" },
        ]);
        return form;
    }

    public static TargetForm From(Target target)
    {
        var definition = target.Definition;
        var form = new TargetForm
        {
            TargetId = target.TargetId,
            MeasureType = definition.MeasureType,
            Code = definition.Code,
            Name = definition.Name,
            Definition = definition.Definition,
            Inclusions = definition.Inclusions,
            Exclusions = definition.Exclusions,
            Unit = definition.Unit,
            Currency = definition.Currency.Length > 0 ? definition.Currency : "USD",
            ScaleMin = definition.ScaleMin?.Value ?? "",
            ScaleMax = definition.ScaleMax?.Value ?? "",
            Direction = definition.Direction is Direction.Unspecified ? Direction.HigherIsBetter : definition.Direction,
            Required = definition.Required,
            Goal = definition.GoalValue?.Value ?? "",
            PartOfTargetCode = definition.PartOfTargetCode,
        };
        form.ScaleLabels.AddRange(definition.ScaleLabels.Select(label => new ScalePointRow { Value = label.Value?.Value ?? "", Label = label.Label }));
        form.RubricLevels.AddRange(definition.RubricLevels.Select(level => new RubricLevelRow { Label = level.Label, Descriptor = level.Descriptor_ }));
        return form;
    }

    /// <summary>The definition, or the fields whose text is not a number (then nothing is sent).</summary>
    public (TargetDefinition? Definition, ServiceError? Problems) ToDefinition()
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var definition = new TargetDefinition
        {
            Code = Code.Trim(),
            Name = Name.Trim(),
            Definition = Definition.Trim(),
            Inclusions = Inclusions.Trim(),
            Exclusions = Exclusions.Trim(),
            MeasureType = MeasureType,
            Unit = HasUnit ? Unit.Trim() : "",
            Currency = HasCurrency ? Currency.Trim().ToUpperInvariant() : "",
            // Left unset, the service chooses: neither for text and yes/no, higher is better for rubrics.
            Direction = HasDirection ? Direction : Direction.Unspecified,
            Required = Required,
            PartOfTargetCode = HasPartOf ? PartOfTargetCode.Trim() : "",
        };
        if (HasScale)
        {
            definition.ScaleMin = Number(Field("scale_min"), ScaleMin, problems);
            definition.ScaleMax = Number(Field("scale_max"), ScaleMax, problems);
            for (var index = 0; index < ScaleLabels.Count; index++)
            {
                var row = ScaleLabels[index];
                definition.ScaleLabels.Add(new ScaleLabel { Value = Number(Field($"scale_labels[{index}].value"), row.Value, problems), Label = row.Label.Trim() });
            }
        }

        if (HasRubric)
        {
            // Rank 0 means "its position in the list": the rows are the order.
            definition.RubricLevels.AddRange(RubricLevels.Select(row => new RubricLevel { Label = row.Label.Trim(), Descriptor_ = row.Descriptor.Trim() }));
        }

        if (HasGoal && Goal.Trim().Length > 0)
        {
            definition.GoalValue = Number(Field("goal_value"), Goal, problems);
        }

        return problems.Count == 0
            ? (definition, null)
            : (null, new ServiceError("Some fields need attention; nothing was sent.", problems, false));
    }

    /// <summary>A field's name as the service reports it, e.g. <c>target.scale_min</c>.</summary>
    public static string Field(string name) => $"{Prefix}.{name}";

    private static Google.Type.Decimal? Number(string field, string text, Dictionary<string, string> problems)
    {
        var trimmed = text.Trim().TrimEnd('%').Trim();
        if (decimal.TryParse(trimmed, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return new Google.Type.Decimal { Value = value.ToString(CultureInfo.InvariantCulture) };
        }

        problems[field] = trimmed.Length == 0 ? "Enter a number." : "Enter a number, e.g. 4 or 2.5.";
        return null;
    }
}
