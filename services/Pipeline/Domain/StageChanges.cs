using Consortium.ServiceDefaults.Domain;

namespace Consortium.Pipeline.Domain;

/// <summary>What a stage history entry says beyond the shared status change.</summary>
public static class StageChanges
{
    extension(StatusChange<PipelineStage> change)
    {
        /// <summary>A move to an earlier stage, which the stage rules allow only with a reason.</summary>
        public bool IsBackward => change.From is { } from && change.To < from;
    }
}
