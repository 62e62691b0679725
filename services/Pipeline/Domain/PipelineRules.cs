namespace Consortium.Pipeline.Domain;

/// <summary>Stable rule codes carried by <c>RuleViolationException</c> (gRPC FAILED_PRECONDITION).</summary>
public static class PipelineRules
{
    /// <summary>Moving a leader to an earlier stage needs a reason, so nobody is moved back silently.</summary>
    public const string StageBackwardNeedsReason = "STAGE_BACKWARD_NEEDS_REASON";

    /// <summary>The leader left the pipeline; their record is kept as it was.</summary>
    public const string LeaderNotActive = "LEADER_NOT_ACTIVE";

    /// <summary>Confirming or cancelling needs a proposed move.</summary>
    public const string MoveNotProposed = "MOVE_NOT_PROPOSED";

    /// <summary>A leader with a move awaiting confirmation cannot be moved elsewhere or leave until it is decided.</summary>
    public const string MovePending = "MOVE_PENDING";

    /// <summary>A development activity moves only forwards: planned → in progress → completed, or withdrawn before completion.</summary>
    public const string DevelopmentStatusTransition = "DEVELOPMENT_STATUS_TRANSITION";
}
