using Consortium.ServiceDefaults.Domain.Measures;
using Consortium.ServiceDefaults.Vocabulary;
using Consortium.Topics.Domain;
using Proto = Consortium.Contracts.Topics.V1;

namespace Consortium.Topics.Api;

/// <summary>The API's enums ↔ the domain's: each pair mapped once, by member name (ADR 22).</summary>
internal static class ContractEnums
{
    public static readonly EnumMap<Proto.SchoolYearHalf, SchoolYearHalf> Half = new();

    public static readonly EnumMap<Proto.CycleStatus, CycleStatus> CycleStatus = new();

    public static readonly EnumMap<Proto.TopicStatus, TopicStatus> TopicStatus = new();

    public static readonly EnumMap<Proto.BenchmarkKind, BenchmarkKind> BenchmarkKind = new();

    public static readonly EnumMap<Proto.MeasureType, MeasureType> MeasureType = new();

    public static readonly EnumMap<Proto.Direction, Direction> Direction = new();
}
