using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Contracts.Events.Topics.V1;
using Consortium.ServiceDefaults.Domain.Measures;
using Consortium.Submissions.Domain;

namespace Consortium.Submissions.Messaging;

/// <summary>Event contract values ↔ domain values. The enums share their numbers, but each mapping is spelt out so a renumbering cannot slip through.</summary>
internal static class EventMapping
{
    public static MembershipStatus ToDomain(MembershipStatusV1 status) => status switch
    {
        MembershipStatusV1.Active => MembershipStatus.Active,
        MembershipStatusV1.Suspended => MembershipStatus.Suspended,
        MembershipStatusV1.Withdrawn => MembershipStatus.Withdrawn,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static SharingPreference ToDomain(SharingPreferenceV1 preference) => preference switch
    {
        SharingPreferenceV1.Named => SharingPreference.Named,
        SharingPreferenceV1.Anonymous => SharingPreference.Anonymous,
        SharingPreferenceV1.Private => SharingPreference.Private,
        _ => throw new ArgumentOutOfRangeException(nameof(preference), preference, null),
    };

    public static BenchmarkKind ToDomain(BenchmarkKindV1 kind) => kind switch
    {
        BenchmarkKindV1.Program => BenchmarkKind.Program,
        BenchmarkKindV1.Policy => BenchmarkKind.Policy,
        BenchmarkKindV1.Practice => BenchmarkKind.Practice,
        BenchmarkKindV1.Process => BenchmarkKind.Process,
        BenchmarkKindV1.Context => BenchmarkKind.Context,
        BenchmarkKindV1.Culture => BenchmarkKind.Culture,
        BenchmarkKindV1.Capacity => BenchmarkKind.Capacity,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static BenchmarkKindV1 ToEvent(BenchmarkKind kind) => kind switch
    {
        BenchmarkKind.Program => BenchmarkKindV1.Program,
        BenchmarkKind.Policy => BenchmarkKindV1.Policy,
        BenchmarkKind.Practice => BenchmarkKindV1.Practice,
        BenchmarkKind.Process => BenchmarkKindV1.Process,
        BenchmarkKind.Context => BenchmarkKindV1.Context,
        BenchmarkKind.Culture => BenchmarkKindV1.Culture,
        BenchmarkKind.Capacity => BenchmarkKindV1.Capacity,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static MeasureType ToDomain(MeasureTypeV1 type) => type switch
    {
        MeasureTypeV1.Percentage => MeasureType.Percentage,
        MeasureTypeV1.Count => MeasureType.Count,
        MeasureTypeV1.Amount => MeasureType.Amount,
        MeasureTypeV1.Ratio => MeasureType.Ratio,
        MeasureTypeV1.Scale => MeasureType.Scale,
        MeasureTypeV1.Rubric => MeasureType.Rubric,
        MeasureTypeV1.YesNo => MeasureType.YesNo,
        MeasureTypeV1.Text => MeasureType.Text,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static TargetDefinition ToDomain(TargetDefinitionV1 target) => new(
        target.TargetId,
        target.Code,
        target.Name,
        ToDomain(target.MeasureType),
        target.Required,
        target.ScaleMin,
        target.ScaleMax,
        [.. target.RubricLevels.Select(level => new RubricLevel(level.Rank, level.Label))],
        target.PartOfTargetCode,
        target.Unit);

    public static VisibilityV1 ToEvent(Visibility resolved) => resolved switch
    {
        Visibility.Named => VisibilityV1.Named,
        Visibility.Anonymous => VisibilityV1.Anonymous,
        Visibility.Private => VisibilityV1.Private,
        _ => throw new ArgumentOutOfRangeException(nameof(resolved), resolved, "Resolve the visibility before it leaves the service."),
    };

    public static ImplementationStageV1? ToEvent(ImplementationStage? stage) => stage switch
    {
        null => null,
        ImplementationStage.Exploration => ImplementationStageV1.Exploration,
        ImplementationStage.Installation => ImplementationStageV1.Installation,
        ImplementationStage.InitialImplementation => ImplementationStageV1.InitialImplementation,
        ImplementationStage.FullImplementation => ImplementationStageV1.FullImplementation,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };
}
