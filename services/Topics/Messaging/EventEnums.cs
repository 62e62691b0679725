using Consortium.Contracts.Events.Topics.V1;
using Consortium.ServiceDefaults.Vocabulary;
using Consortium.Topics.Domain;

namespace Consortium.Topics.Messaging;

/// <summary>The events' enums ↔ the domain's, mapped once by member name (ADR 22); measures are shared in <see cref="MeasureEventEnums"/>.</summary>
internal static class EventEnums
{
    public static readonly EnumMap<HalfV1, SchoolYearHalf> Half = new();

    public static readonly EnumMap<BenchmarkKindV1, BenchmarkKind> BenchmarkKind = new();
}
