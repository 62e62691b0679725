namespace Consortium.Contracts.Events.Pipeline.V1;

/// <summary>Pipeline stage as carried by events (values are stable: never renumber).</summary>
public enum PipelineStageV1
{
    Aspiring = 1,
    Emerging = 2,
    Established = 3,
    SystemLeader = 4,
}

/// <summary>Readiness for a target role as carried by events (values are stable: never renumber).</summary>
public enum ReadinessLevelV1
{
    ReadyNow = 1,
    ReadyIn1To2Years = 2,
    ReadyIn3PlusYears = 3,
}

/// <summary>Why a leader left a district's pipeline (values are stable: never renumber).</summary>
public enum DepartureKindV1
{
    /// <summary>Took a post in a district outside the consortium.</summary>
    MovedDistrict = 1,

    /// <summary>Left the profession or retired.</summary>
    Left = 2,
}
