using Consortium.Pipeline.Domain;
using Proto = Consortium.Contracts.Pipeline.V1;

namespace Consortium.Pipeline.Api;

/// <summary>API enums → domain enums; UNSPECIFIED (or an unknown number) becomes <c>null</c>, which the domain reports.</summary>
internal static class LeaderInputs
{
    public static PipelineStage? ToDomain(Proto.PipelineStage stage) => stage switch
    {
        Proto.PipelineStage.Aspiring => PipelineStage.Aspiring,
        Proto.PipelineStage.Emerging => PipelineStage.Emerging,
        Proto.PipelineStage.Established => PipelineStage.Established,
        Proto.PipelineStage.SystemLeader => PipelineStage.SystemLeader,
        _ => null,
    };

    public static LeaderStatus? ToDomain(Proto.LeaderStatus status) => status switch
    {
        Proto.LeaderStatus.Active => LeaderStatus.Active,
        Proto.LeaderStatus.MovedDistrict => LeaderStatus.MovedDistrict,
        Proto.LeaderStatus.Left => LeaderStatus.Left,
        _ => null,
    };

    public static ReadinessLevel? ToDomain(Proto.ReadinessLevel level) => level switch
    {
        Proto.ReadinessLevel.ReadyNow => ReadinessLevel.ReadyNow,
        Proto.ReadinessLevel.Ready1To2Years => ReadinessLevel.ReadyIn1To2Years,
        Proto.ReadinessLevel.Ready3PlusYears => ReadinessLevel.ReadyIn3PlusYears,
        _ => null,
    };

    public static DepartureKind? ToDomain(Proto.DepartureKind kind) => kind switch
    {
        Proto.DepartureKind.MovedDistrict => DepartureKind.MovedDistrict,
        Proto.DepartureKind.Left => DepartureKind.Left,
        _ => null,
    };

    public static RatingSource? ToDomain(Proto.RatingSource source) => source switch
    {
        Proto.RatingSource.Self => RatingSource.Self,
        Proto.RatingSource.Supervisor => RatingSource.Supervisor,
        Proto.RatingSource.Coach => RatingSource.Coach,
        _ => null,
    };
}
