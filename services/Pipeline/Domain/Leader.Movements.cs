using Consortium.ServiceDefaults.Domain;

namespace Consortium.Pipeline.Domain;

/// <summary>
/// Moves between member districts (two-step consent: origin proposes, destination confirms; the
/// leader's whole history follows them) and departures from the consortium. While a move is
/// pending the leader cannot be moved elsewhere or recorded as gone (<see cref="PipelineRules.MovePending"/>).
/// </summary>
public sealed partial class Leader
{
    /// <summary>The move awaiting the destination's confirmation, if any.</summary>
    public LeaderMove? PendingMove => _moves.LastOrDefault(move => move.Status == MoveStatus.Proposed);

    public LeaderMove ProposeMove(Guid toDistrictId, string proposedBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(proposedBy);
        RequireActive();
        RequireNoPendingMove();
        new Violations()
            .Require(toDistrictId != Guid.Empty, LeaderFields.ToDistrictId, "Choose the member district the leader moves to.")
            .Require(toDistrictId != DistrictId, LeaderFields.ToDistrictId, "The leader is already in this district.")
            .ThrowIfAny();

        var move = new LeaderMove(DistrictId, toDistrictId, proposedBy, now);
        _moves.Add(move);
        Touch(now);
        return move;
    }

    /// <summary>The destination accepts: the leader now belongs to it, with all their history.</summary>
    public LeaderMove ConfirmMove(string confirmedBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(confirmedBy);
        RequireActive();
        var move = RequirePendingMove();
        move.Decide(MoveStatus.Confirmed, confirmedBy, now);
        DistrictId = move.ToDistrictId;
        Touch(now);
        return move;
    }

    /// <summary>The origin withdraws or the destination declines; the leader stays where they are.</summary>
    public LeaderMove CancelMove(string cancelledBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cancelledBy);
        var move = RequirePendingMove();
        move.Decide(MoveStatus.Cancelled, cancelledBy, now);
        Touch(now);
        return move;
    }

    public void RecordDeparture(DepartureKind? kind, DateOnly? leftOn, DateTimeOffset now)
    {
        RequireActive();
        RequireNoPendingMove();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var date = leftOn ?? today;
        var violations = new Violations();
        violations.Require(kind is not null, "kind", "Choose MOVED_DISTRICT (a post outside the consortium) or LEFT (left the profession or retired).");
        RequireNotFuture(date, today, LeaderFields.LeftOn, violations);
        violations.Require(date >= RoleStartedOn, LeaderFields.LeftOn, Invariant($"The leader cannot have left before starting their current role ({RoleStartedOn:yyyy-MM-dd})."));
        violations.ThrowIfAny();

        Status = kind == DepartureKind.MovedDistrict ? LeaderStatus.MovedDistrict : LeaderStatus.Left;
        LeftOn = date;
        Touch(now);
    }

    private void RequireNoPendingMove()
    {
        if (PendingMove is { } pending)
        {
            throw new RuleViolationException(
                Subject,
                PipelineRules.MovePending,
                $"A move to district {pending.ToDistrictId} awaits that district's confirmation; confirm or cancel it first.");
        }
    }

    private LeaderMove RequirePendingMove() =>
        PendingMove ?? throw new RuleViolationException(Subject, PipelineRules.MoveNotProposed, "No move of this leader is awaiting confirmation.");
}
