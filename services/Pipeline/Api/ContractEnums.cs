using Consortium.Pipeline.Domain;
using Consortium.ServiceDefaults.Vocabulary;
using Proto = Consortium.Contracts.Pipeline.V1;

namespace Consortium.Pipeline.Api;

/// <summary>The API's enums ↔ the domain's: each pair mapped once, by member name (ADR 22).</summary>
internal static class ContractEnums
{
    public static readonly EnumMap<Proto.PipelineStage, PipelineStage> PipelineStage = new();

    public static readonly EnumMap<Proto.LeaderStatus, LeaderStatus> LeaderStatus = new();

    /// <summary>The proto spells "ready in" without "in" (READINESS_LEVEL_READY_1_TO_2_YEARS).</summary>
    public static readonly EnumMap<Proto.ReadinessLevel, ReadinessLevel> ReadinessLevel = new(renamed:
    [
        (Proto.ReadinessLevel.Ready1To2Years, Domain.ReadinessLevel.ReadyIn1To2Years),
        (Proto.ReadinessLevel.Ready3PlusYears, Domain.ReadinessLevel.ReadyIn3PlusYears),
    ]);

    public static readonly EnumMap<Proto.DepartureKind, DepartureKind> DepartureKind = new();

    public static readonly EnumMap<Proto.MoveStatus, MoveStatus> MoveStatus = new();

    public static readonly EnumMap<Proto.RatingSource, RatingSource> RatingSource = new();

    public static readonly EnumMap<Proto.DevelopmentActivityKind, DevelopmentActivityKind> DevelopmentActivityKind = new();

    public static readonly EnumMap<Proto.DevelopmentActivityStatus, DevelopmentActivityStatus> DevelopmentActivityStatus = new();
}
