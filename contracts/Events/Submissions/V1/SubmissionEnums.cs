namespace Consortium.Contracts.Events.Submissions.V1;

/// <summary>
/// What others may see of one submission (values are stable: never renumber). Resolved at
/// submission time: "inherit" is replaced by the district's sharing preference then.
/// </summary>
public enum VisibilityV1
{
    Named = 1,
    Anonymous = 2,
    Private = 3,
}

/// <summary>NIRN implementation stage a district reports for the practice it describes.</summary>
public enum ImplementationStageV1
{
    Exploration = 1,
    Installation = 2,
    InitialImplementation = 3,
    FullImplementation = 4,
}
