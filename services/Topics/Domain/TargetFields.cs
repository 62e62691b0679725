using Consortium.ServiceDefaults.Domain.Measures;
namespace Consortium.Topics.Domain;

/// <summary>The API field names of a target definition (snake_case, as in the proto), relative to the target.</summary>
public static class TargetFields
{
    public const string Code = "code";
    public const string Name = "name";
    public const string Definition = "definition";
    public const string Inclusions = "inclusions";
    public const string Exclusions = "exclusions";
    public const string MeasureType = "measure_type";
    public const string Unit = "unit";
    public const string Currency = "currency";
    public const string ScaleMin = "scale_min";
    public const string ScaleMax = "scale_max";
    public const string ScaleLabels = "scale_labels";
    public const string RubricLevels = "rubric_levels";
    public const string Direction = "direction";
    public const string GoalValue = "goal_value";
    public const string PartOfTargetCode = "part_of_target_code";
}
