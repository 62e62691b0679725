using Consortium.Contracts.Events.Pipeline.V1;
using Consortium.Pipeline.Domain;
using Consortium.ServiceDefaults.Vocabulary;

namespace Consortium.Pipeline.Messaging;

/// <summary>The events' enums ↔ the domain's, mapped once by member name (ADR 22).</summary>
internal static class EventEnums
{
    public static readonly EnumMap<PipelineStageV1, PipelineStage> PipelineStage = new();

    public static readonly EnumMap<ReadinessLevelV1, ReadinessLevel> ReadinessLevel = new();

    public static readonly EnumMap<DepartureKindV1, DepartureKind> DepartureKind = new();
}
