using Consortium.ServiceDefaults.Domain;

namespace Consortium.Pipeline.Domain;

/// <summary>
/// Stage rules: forward moves (skipping stages included — a strong assistant principal may go
/// straight to system leadership) need no reason; a backward move needs one, so nobody is moved
/// back silently; every change records who, why and when. The effective date cannot precede the
/// current stage's start, so the history reads forwards.
/// </summary>
public sealed partial class Leader
{
    public StatusChange<PipelineStage> ChangeStage(PipelineStage? to, string? reason, DateOnly? effectiveOn, string changedBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        RequireActive();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var effective = effectiveOn ?? today;
        var violations = new Violations();
        violations.Require(to is not null, LeaderFields.Stage, "Choose the new stage: ASPIRING, EMERGING, ESTABLISHED or SYSTEM_LEADER.");
        violations.Require(to is null || to != Stage, LeaderFields.Stage, $"The leader is already at this stage ({Stage}).");
        var cleanReason = TextInput.Clean(reason);
        violations.Require(cleanReason is null || cleanReason.Length <= ReasonMaxLength, LeaderFields.Reason, $"Keep the reason to {ReasonMaxLength} characters or fewer.");
        RequireNotFuture(effective, today, LeaderFields.EffectiveOn, violations);
        violations.Require(
            effective >= StageStartedOn,
            LeaderFields.EffectiveOn,
            Invariant($"The change cannot take effect before the current stage began ({StageStartedOn:yyyy-MM-dd})."));
        violations.ThrowIfAny();

        if (to < Stage && cleanReason is null)
        {
            throw new RuleViolationException(
                Subject,
                PipelineRules.StageBackwardNeedsReason,
                $"Moving a leader back from {Stage} to {to} needs a reason, so the history explains it.");
        }

        var change = new StatusChange<PipelineStage>(Stage, to!.Value, effective, cleanReason, changedBy, now);
        _stageHistory.Add(change);
        Stage = change.To;
        StageStartedOn = effective;
        Touch(now);
        return change;
    }
}
