using System.Globalization;
using Consortium.ServiceDefaults.Domain;

namespace Consortium.Districts.Domain;

/// <summary>
/// The membership lifecycle: Active ⇄ Suspended, Active/Suspended → Withdrawn → Active (rejoin).
/// Anything else is refused with <see cref="MembershipTransitionRule"/>; every accepted change is
/// recorded in <see cref="MembershipHistory"/>.
/// </summary>
public sealed partial class District
{
    /// <summary>Active → Suspended, e.g. dues unpaid: the district stays a member but its submissions pause.</summary>
    public StatusChange<MembershipStatus> Suspend(DateOnly effectiveOn, string? reason, string changedBy, DateTimeOffset now)
    {
        var refusal = MembershipStatus switch
        {
            MembershipStatus.Active => null,
            MembershipStatus.Suspended => "This district is already suspended.",
            _ => "This district has withdrawn from the consortium, so it cannot be suspended. Rejoin it first if it is coming back.",
        };
        return ChangeMembership(MembershipStatus.Suspended, refusal, effectiveOn, reason, reasonRequired: true, changedBy, now);
    }

    /// <summary>Suspended → Active: the suspension is lifted and submissions resume.</summary>
    public StatusChange<MembershipStatus> Reinstate(DateOnly effectiveOn, string? reason, string changedBy, DateTimeOffset now)
    {
        var refusal = MembershipStatus switch
        {
            MembershipStatus.Suspended => null,
            MembershipStatus.Active => "This district is already an active member; only a suspended district can be reinstated.",
            _ => "This district has withdrawn from the consortium; use rejoin, not reinstate, to bring it back.",
        };
        return ChangeMembership(MembershipStatus.Active, refusal, effectiveOn, reason, reasonRequired: false, changedBy, now);
    }

    /// <summary>Active or Suspended → Withdrawn: the district leaves; <see cref="LeftOn"/> becomes the effective date.</summary>
    public StatusChange<MembershipStatus> Withdraw(DateOnly effectiveOn, string? reason, string changedBy, DateTimeOffset now)
    {
        var refusal = MembershipStatus == MembershipStatus.Withdrawn
            ? Invariant($"This district already withdrew from the consortium on {LeftOn:yyyy-MM-dd}.")
            : null;
        var change = ChangeMembership(MembershipStatus.Withdrawn, refusal, effectiveOn, reason, reasonRequired: true, changedBy, now);
        LeftOn = effectiveOn;
        return change;
    }

    /// <summary>
    /// Withdrawn → Active: a former member comes back. Its membership starts again, so
    /// <see cref="JoinedOn"/> becomes the effective date and <see cref="LeftOn"/> is cleared;
    /// the earlier membership remains in <see cref="MembershipHistory"/>.
    /// </summary>
    public StatusChange<MembershipStatus> Rejoin(DateOnly effectiveOn, string? reason, string changedBy, DateTimeOffset now)
    {
        var refusal = MembershipStatus switch
        {
            MembershipStatus.Withdrawn => null,
            MembershipStatus.Active => "This district is already an active member; only a district that withdrew can rejoin.",
            _ => "This district is suspended, not withdrawn; reinstate it instead of rejoining.",
        };
        var change = ChangeMembership(MembershipStatus.Active, refusal, effectiveOn, reason, reasonRequired: false, changedBy, now);
        JoinedOn = effectiveOn;
        LeftOn = null;
        return change;
    }

    /// <summary>
    /// The shared part of every transition: refuse forbidden ones, validate the date and reason,
    /// then apply and record. The caller has already decided whether the move is allowed from
    /// the current status (<paramref name="refusal"/> is <c>null</c> when it is).
    /// </summary>
    private StatusChange<MembershipStatus> ChangeMembership(
        MembershipStatus to,
        string? refusal,
        DateOnly effectiveOn,
        string? reason,
        bool reasonRequired,
        string changedBy,
        DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        if (refusal is not null)
        {
            throw new RuleViolationException(Subject, MembershipTransitionRule, refusal);
        }

        var violations = new Violations();
        RequireEffectiveDateInOrder(effectiveOn, violations);
        var validReason = ValidateReason(reason, reasonRequired, to, violations);
        violations.ThrowIfAny();

        var change = new StatusChange<MembershipStatus>(MembershipStatus, to, effectiveOn, validReason, changedBy, now);
        _membershipHistory.Add(change);
        MembershipStatus = to;
        Touch(now);
        return change;
    }

    /// <summary>
    /// History must read forwards: a change cannot take effect before the district joined, nor
    /// before the change it follows (a reinstatement dated before its suspension is a typo).
    /// </summary>
    private void RequireEffectiveDateInOrder(DateOnly effectiveOn, Violations violations)
    {
        if (effectiveOn < JoinedOn)
        {
            violations.Add(
                DistrictFields.EffectiveOn,
                Invariant($"The effective date {effectiveOn:yyyy-MM-dd} is before the district joined the consortium on {JoinedOn:yyyy-MM-dd}."));
            return;
        }

        var latest = _membershipHistory.Count == 0 ? JoinedOn : _membershipHistory.Max(c => c.EffectiveOn);
        violations.Require(
            effectiveOn >= latest,
            DistrictFields.EffectiveOn,
            Invariant($"The effective date {effectiveOn:yyyy-MM-dd} is before the district's last membership change, effective {latest:yyyy-MM-dd}."));
    }

    private static string? ValidateReason(string? reason, bool required, MembershipStatus to, Violations violations)
    {
        var cleaned = TextInput.Clean(reason);
        if (cleaned is null)
        {
            var action = to == MembershipStatus.Suspended ? "being suspended" : "withdrawing";
            violations.Require(!required, DistrictFields.Reason, $"Say why the district is {action} (up to {ReasonMaxLength} characters).");
            return null;
        }

        violations.Require(
            cleaned.Length <= ReasonMaxLength,
            DistrictFields.Reason,
            $"Keep the reason to {ReasonMaxLength} characters or fewer; it has {cleaned.Length}.");
        return cleaned;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
