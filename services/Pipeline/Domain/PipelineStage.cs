namespace Consortium.Pipeline.Domain;

/// <summary>
/// Where a leader is in the pipeline, in order: a higher value is further along, which is
/// what "forward" and "backward" mean for stage changes. No zero member, so an unmapped API
/// value can never pass for a real stage.
/// </summary>
public enum PipelineStage
{
    Aspiring = 1,
    Emerging = 2,
    Established = 3,
    SystemLeader = 4,
}
