using Consortium.ServiceDefaults.Domain.Measures;

namespace Consortium.Topics.Domain;

/// <summary>
/// A validated target (measure) of a topic. Immutable: a change of definition replaces the
/// target (while its topic is a draft), keeping its id. Values of it are checked by
/// <see cref="MeasureValueRules"/> against <see cref="Measure"/>.
/// </summary>
public sealed class Target
{
    private readonly List<ScaleLabel> _scaleLabels = [];
    private readonly List<RubricLevel> _rubricLevels = [];

    // For EF Core materialization only; it sets every property.
    private Target()
    {
        Code = string.Empty;
        Name = string.Empty;
        Definition = string.Empty;
    }

    internal Target(Guid targetId, TargetDefinition valid)
    {
        TargetId = targetId;
        Code = valid.Code!;
        Name = valid.Name!;
        Definition = valid.Definition!;
        Inclusions = valid.Inclusions;
        Exclusions = valid.Exclusions;
        MeasureType = valid.MeasureType!.Value;
        Unit = valid.Unit;
        Currency = valid.Currency;
        ScaleMin = valid.ScaleMin;
        ScaleMax = valid.ScaleMax;
        _scaleLabels.AddRange(valid.ScaleLabels);
        _rubricLevels.AddRange(valid.RubricLevels);
        Direction = valid.Direction!.Value;
        Required = valid.Required;
        GoalValue = valid.GoalValue;
        PartOfTargetCode = valid.PartOfTargetCode;
    }

    public Guid TargetId { get; private set; }

    /// <summary>Uppercase letters, digits and hyphens; unique within the topic; kept when carried forward.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public string Definition { get; private set; }

    public string? Inclusions { get; private set; }

    public string? Exclusions { get; private set; }

    public MeasureType MeasureType { get; private set; }

    public string? Unit { get; private set; }

    /// <summary>ISO 4217 code; amounts only.</summary>
    public string? Currency { get; private set; }

    public decimal? ScaleMin { get; private set; }

    public decimal? ScaleMax { get; private set; }

    /// <summary>Scales only; lowest value first.</summary>
    public IReadOnlyList<ScaleLabel> ScaleLabels => _scaleLabels;

    /// <summary>Rubrics only; rank 1 first.</summary>
    public IReadOnlyList<RubricLevel> RubricLevels => _rubricLevels;

    public Direction Direction { get; private set; }

    public bool Required { get; private set; }

    public decimal? GoalValue { get; private set; }

    public string? PartOfTargetCode { get; private set; }

    public MeasureSpec Measure => new(MeasureType, Currency, ScaleMin, ScaleMax, [.. RubricLevels.Select(level => level.Label)]);

    /// <summary>Whether <paramref name="other"/> defines the same measure (ids aside).</summary>
    public bool HasSameDefinitionAs(Target other)
    {
        ArgumentNullException.ThrowIfNull(other);
        // The definition record compares its lists by reference; compare them by content instead.
        return ToDefinition() with { ScaleLabels = [], RubricLevels = [] } == other.ToDefinition() with { ScaleLabels = [], RubricLevels = [] }
            && ScaleLabels.SequenceEqual(other.ScaleLabels)
            && RubricLevels.SequenceEqual(other.RubricLevels);
    }

    /// <summary>The definition this target was made from, to copy it (carry forward) or edit it.</summary>
    public TargetDefinition ToDefinition() => new()
    {
        Code = Code,
        Name = Name,
        Definition = Definition,
        Inclusions = Inclusions,
        Exclusions = Exclusions,
        MeasureType = MeasureType,
        Unit = Unit,
        Currency = Currency,
        ScaleMin = ScaleMin,
        ScaleMax = ScaleMax,
        ScaleLabels = [.. ScaleLabels],
        RubricLevels = [.. RubricLevels],
        Direction = Direction,
        Required = Required,
        GoalValue = GoalValue,
        PartOfTargetCode = PartOfTargetCode,
    };
}
