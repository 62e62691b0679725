using Consortium.Pipeline.Domain;
using Proto = Consortium.Contracts.Pipeline.V1;

namespace Consortium.Pipeline.Api;

/// <summary>API enums → domain enums through <see cref="ContractEnums"/>; UNSPECIFIED becomes <c>null</c>, which the domain reports.</summary>
internal static class LeaderInputs
{
    public static PipelineStage? ToDomain(Proto.PipelineStage stage) => ContractEnums.PipelineStage.ToDomainOrNull(stage);

    public static LeaderStatus? ToDomain(Proto.LeaderStatus status) => ContractEnums.LeaderStatus.ToDomainOrNull(status);

    public static ReadinessLevel? ToDomain(Proto.ReadinessLevel level) => ContractEnums.ReadinessLevel.ToDomainOrNull(level);

    public static DepartureKind? ToDomain(Proto.DepartureKind kind) => ContractEnums.DepartureKind.ToDomainOrNull(kind);

    public static RatingSource? ToDomain(Proto.RatingSource source) => ContractEnums.RatingSource.ToDomainOrNull(source);
}
