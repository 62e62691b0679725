using Consortium.Districts.Domain;
using Consortium.ServiceDefaults.Domain;
using Consortium.Testing.Domain;
using Xunit;

namespace Consortium.Districts.Tests.Domain;

public class MembershipTests
{
    private static readonly DateOnly _joined = new(2020, 7, 1);

    [Theory]
    [InlineData(MembershipStatus.Active, MembershipAction.Suspend, MembershipStatus.Suspended)]
    [InlineData(MembershipStatus.Suspended, MembershipAction.Reinstate, MembershipStatus.Active)]
    [InlineData(MembershipStatus.Active, MembershipAction.Withdraw, MembershipStatus.Withdrawn)]
    [InlineData(MembershipStatus.Suspended, MembershipAction.Withdraw, MembershipStatus.Withdrawn)]
    [InlineData(MembershipStatus.Withdrawn, MembershipAction.Rejoin, MembershipStatus.Active)]
    public void Allowed_transitions_change_status_and_record_history(
        MembershipStatus from, MembershipAction action, MembershipStatus to)
    {
        var district = DistrictIn(from);
        var version = district.Version;
        var historyCount = district.MembershipHistory.Count;
        var effective = new DateOnly(2025, 9, 1);
        var at = Sample.Later(60);

        var change = Apply(district, action, effective, "  Board vote 2025-08  ", at);

        Assert.Equal(to, district.MembershipStatus);
        Assert.Equal(version + 1, district.Version);
        Assert.Equal(at, district.UpdatedAt);
        Assert.Equal(historyCount + 1, district.MembershipHistory.Count);
        Assert.Same(change, district.MembershipHistory[^1]);
        Assert.Equal(from, change.From);
        Assert.Equal(to, change.To);
        Assert.Equal(effective, change.EffectiveOn);
        Assert.Equal("Board vote 2025-08", change.Reason);
        Assert.Equal("staff-actor", change.ChangedBy);
        Assert.Equal(at, change.ChangedAt);
        Assert.Equal(7, change.Id.Version);
    }

    [Theory]
    [InlineData(MembershipStatus.Active, MembershipAction.Reinstate, "already an active member")]
    [InlineData(MembershipStatus.Active, MembershipAction.Rejoin, "already an active member")]
    [InlineData(MembershipStatus.Suspended, MembershipAction.Suspend, "already suspended")]
    [InlineData(MembershipStatus.Suspended, MembershipAction.Rejoin, "reinstate it instead")]
    [InlineData(MembershipStatus.Withdrawn, MembershipAction.Suspend, "cannot be suspended")]
    [InlineData(MembershipStatus.Withdrawn, MembershipAction.Reinstate, "use rejoin")]
    [InlineData(MembershipStatus.Withdrawn, MembershipAction.Withdraw, "already withdrew from the consortium on 2025-06-30")]
    public void Forbidden_transitions_are_refused_with_the_rule_code(
        MembershipStatus from, MembershipAction action, string explanation)
    {
        var district = DistrictIn(from);
        var version = district.Version;
        var historyCount = district.MembershipHistory.Count;

        var exception = Expect.RuleViolation(
            () => Apply(district, action, new DateOnly(2025, 9, 1), "Some reason", Sample.Later(60)),
            "MEMBERSHIP_TRANSITION");

        Assert.Equal(District.MembershipTransitionRule, exception.Rule);
        Assert.Equal($"district/{district.Id}", exception.Subject);
        Assert.Contains(explanation, exception.Message, StringComparison.Ordinal);
        Assert.Equal(from, district.MembershipStatus);
        Assert.Equal(version, district.Version);
        Assert.Equal(historyCount, district.MembershipHistory.Count);
    }

    [Fact]
    public void Withdraw_sets_left_on_to_the_effective_date()
    {
        var district = Sample.NewDistrict(joinedOn: _joined);

        district.Withdraw(new DateOnly(2025, 6, 30), "Budget cuts", Sample.Staff, Sample.Later());

        Assert.Equal(new DateOnly(2025, 6, 30), district.LeftOn);
        Assert.Equal(_joined, district.JoinedOn);
    }

    [Fact]
    public void Rejoin_restarts_membership_and_keeps_the_old_one_in_history()
    {
        var district = DistrictIn(MembershipStatus.Withdrawn);

        district.Rejoin(new DateOnly(2026, 1, 15), null, Sample.Staff, Sample.Later(60));

        (MembershipStatus?, MembershipStatus)[] expected =
        [
            (null, MembershipStatus.Active),
            (MembershipStatus.Active, MembershipStatus.Withdrawn),
            (MembershipStatus.Withdrawn, MembershipStatus.Active),
        ];
        Assert.Equal(new DateOnly(2026, 1, 15), district.JoinedOn);
        Assert.Null(district.LeftOn);
        Assert.Equal(expected, district.MembershipHistory.Select(c => (c.From, c.To)));
        Assert.Equal(_joined, district.MembershipHistory[0].EffectiveOn);
    }

    [Theory]
    [InlineData(MembershipAction.Suspend)]
    [InlineData(MembershipAction.Withdraw)]
    public void Effective_date_before_joining_is_rejected(MembershipAction action)
    {
        var district = Sample.NewDistrict(joinedOn: _joined);

        var message = Expect.Violation(() => Apply(district, action, _joined.AddDays(-1), "Dues unpaid", Sample.Later()), "effective_on");

        Assert.Contains("before the district joined the consortium on 2020-07-01", message, StringComparison.Ordinal);
        Assert.Equal(MembershipStatus.Active, district.MembershipStatus);
        Assert.Equal(1, district.Version);
    }

    [Fact]
    public void Effective_date_on_the_join_date_is_accepted()
    {
        var district = Sample.NewDistrict(joinedOn: _joined);

        district.Suspend(_joined, "Dues unpaid", Sample.Staff, Sample.Later());

        Assert.Equal(MembershipStatus.Suspended, district.MembershipStatus);
    }

    [Fact]
    public void Effective_date_before_the_previous_change_is_rejected()
    {
        var district = Sample.NewDistrict(joinedOn: _joined);
        district.Suspend(new DateOnly(2025, 3, 1), "Dues unpaid", Sample.Staff, Sample.Later());

        var message = Expect.Violation(
            () => district.Reinstate(new DateOnly(2025, 2, 28), null, Sample.Staff, Sample.Later(10)),
            "effective_on");

        Assert.Contains("last membership change, effective 2025-03-01", message, StringComparison.Ordinal);
        Assert.Equal(MembershipStatus.Suspended, district.MembershipStatus);
    }

    [Fact]
    public void Rejoin_cannot_take_effect_before_the_withdrawal() =>
        Expect.Violation(
            () => DistrictIn(MembershipStatus.Withdrawn).Rejoin(new DateOnly(2025, 6, 29), null, Sample.Staff, Sample.Later(60)),
            "effective_on");

    [Theory]
    [InlineData(MembershipAction.Suspend, null)]
    [InlineData(MembershipAction.Suspend, "")]
    [InlineData(MembershipAction.Suspend, "   ")]
    [InlineData(MembershipAction.Withdraw, null)]
    [InlineData(MembershipAction.Withdraw, " ")]
    public void Suspend_and_withdraw_require_a_reason(MembershipAction action, string? reason) =>
        Expect.Violation(() => Apply(Sample.NewDistrict(), action, Sample.Today, reason, Sample.Later()), "reason");

    [Theory]
    [InlineData(MembershipStatus.Suspended, MembershipAction.Reinstate)]
    [InlineData(MembershipStatus.Withdrawn, MembershipAction.Rejoin)]
    public void Reinstate_and_rejoin_do_not_require_a_reason(MembershipStatus from, MembershipAction action)
    {
        var change = Apply(DistrictIn(from), action, new DateOnly(2025, 9, 1), "  ", Sample.Later(60));

        Assert.Null(change.Reason);
    }

    [Theory]
    [InlineData(MembershipStatus.Active, MembershipAction.Suspend)]
    [InlineData(MembershipStatus.Suspended, MembershipAction.Reinstate)]
    public void Reasons_are_limited_to_500_characters(MembershipStatus from, MembershipAction action)
    {
        Assert.Equal(500, Apply(DistrictIn(from), action, new DateOnly(2025, 9, 1), new string('r', 500), Sample.Later(60)).Reason!.Length);

        var message = Expect.Violation(
            () => Apply(DistrictIn(from), action, new DateOnly(2025, 9, 1), new string('r', 501), Sample.Later(60)),
            "reason");
        Assert.Contains("500", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_date_and_missing_reason_are_reported_together() =>
        Expect.Violations(
            () => Sample.NewDistrict(joinedOn: _joined).Withdraw(_joined.AddYears(-1), null, Sample.Staff, Sample.Later()),
            "effective_on", "reason");

    [Fact]
    public void A_forbidden_transition_is_reported_before_input_problems() =>
        Expect.RuleViolation(
            () => Sample.NewDistrict(joinedOn: _joined).Reinstate(_joined.AddYears(-1), null, Sample.Staff, Sample.Later()),
            District.MembershipTransitionRule);

    [Fact]
    public void Changes_require_an_author() =>
        Assert.Throws<ArgumentException>(() => Sample.NewDistrict().Suspend(Sample.Today, "Dues", "", Sample.Later()));

    [Fact]
    public void A_full_lifecycle_is_recorded_in_order()
    {
        var district = Sample.NewDistrict(joinedOn: _joined);

        district.Suspend(new DateOnly(2024, 1, 10), "Dues unpaid", Sample.Staff, Sample.Later(1));
        district.Reinstate(new DateOnly(2024, 2, 1), "Dues paid", Sample.Staff, Sample.Later(2));
        district.Withdraw(new DateOnly(2024, 6, 30), "Joined another network", Sample.Staff, Sample.Later(3));
        district.Rejoin(new DateOnly(2025, 7, 1), null, Sample.Staff, Sample.Later(4));

        Assert.Equal(
            [MembershipStatus.Active, MembershipStatus.Suspended, MembershipStatus.Active, MembershipStatus.Withdrawn, MembershipStatus.Active],
            district.MembershipHistory.Select(c => c.To));
        Assert.Equal(5, district.Version);
        Assert.Equal(new DateOnly(2025, 7, 1), district.JoinedOn);
    }

    /// <summary>A district that reached <paramref name="status"/> the usual way (withdrawn on 2025-06-30).</summary>
    private static District DistrictIn(MembershipStatus status)
    {
        var district = Sample.NewDistrict(joinedOn: _joined);
        switch (status)
        {
            case MembershipStatus.Suspended:
                district.Suspend(new DateOnly(2025, 3, 1), "Dues unpaid", Sample.Staff, Sample.Later());
                break;
            case MembershipStatus.Withdrawn:
                district.Withdraw(new DateOnly(2025, 6, 30), "Budget cuts", Sample.Staff, Sample.Later());
                break;
        }

        Assert.Equal(status, district.MembershipStatus);
        return district;
    }

    private static StatusChange<MembershipStatus> Apply(District district, MembershipAction action, DateOnly effectiveOn, string? reason, DateTimeOffset at) =>
        action switch
        {
            MembershipAction.Suspend => district.Suspend(effectiveOn, reason, "staff-actor", at),
            MembershipAction.Reinstate => district.Reinstate(effectiveOn, reason, "staff-actor", at),
            MembershipAction.Withdraw => district.Withdraw(effectiveOn, reason, "staff-actor", at),
            MembershipAction.Rejoin => district.Rejoin(effectiveOn, reason, "staff-actor", at),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
}
