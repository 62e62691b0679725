namespace Consortium.Contracts.Events.Pipeline.V1;

/// <summary>A leader's readiness for a target role was assessed.</summary>
public sealed record ReadinessAssessed : LeaderEvent
{
    public required string TargetRoleCode { get; init; }

    public required ReadinessLevelV1 Level { get; init; }

    public required DateOnly AssessedOn { get; init; }
}
