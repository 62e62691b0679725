using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Contracts.Events.Topics.V1;
using Consortium.ServiceDefaults.Domain.Measures;
using Consortium.ServiceDefaults.Vocabulary;
using Consortium.Submissions.Domain;

namespace Consortium.Submissions.Messaging;

/// <summary>Event contract values ↔ domain values: each enum pair mapped once, by member name, checked (ADR 22).</summary>
internal static class EventMapping
{
    public static readonly EnumMap<MembershipStatusV1, MembershipStatus> MembershipStatus = new();

    public static readonly EnumMap<SharingPreferenceV1, SharingPreference> SharingPreference = new();

    public static readonly EnumMap<BenchmarkKindV1, BenchmarkKind> BenchmarkKind = new();

    /// <summary>"Inherit" is resolved before a visibility leaves the service.</summary>
    public static readonly EnumMap<VisibilityV1, Visibility> Visibility = new(domainOnly: [Domain.Visibility.Inherit]);

    public static readonly EnumMap<ImplementationStageV1, ImplementationStage> ImplementationStage = new();

    public static MembershipStatus ToDomain(MembershipStatusV1 status) => MembershipStatus.ToDomain(status);

    public static SharingPreference ToDomain(SharingPreferenceV1 preference) => SharingPreference.ToDomain(preference);

    public static BenchmarkKind ToDomain(BenchmarkKindV1 kind) => BenchmarkKind.ToDomain(kind);

    public static BenchmarkKindV1 ToEvent(BenchmarkKind kind) => BenchmarkKind.ToContract(kind);

    public static TargetDefinition ToDomain(TargetDefinitionV1 target) => new(
        target.TargetId,
        target.Code,
        target.Name,
        MeasureEventEnums.MeasureType.ToDomain(target.MeasureType),
        target.Required,
        target.ScaleMin,
        target.ScaleMax,
        [.. target.RubricLevels.Select(level => new RubricLevel(level.Rank, level.Label))],
        target.PartOfTargetCode,
        target.Unit);

    /// <summary>The resolved visibility; an unresolved "inherit" is an error.</summary>
    public static VisibilityV1 ToEvent(Visibility resolved) => Visibility.ToContract(resolved);

    public static ImplementationStageV1? ToEvent(ImplementationStage? stage) => stage is { } set ? ImplementationStage.ToContract(set) : null;
}
