using Consortium.ServiceDefaults.Domain;

namespace Consortium.Topics.Domain;

/// <summary>
/// A benchmark cycle: one half of a school year, with a submission window and a meeting where
/// members discuss the results. Planning → Open → Closed → ResultsPublished, forward only (see
/// <c>Cycle.Lifecycle.cs</c>). Every change bumps <see cref="Version"/>, the optimistic
/// concurrency token that also lets consumers of its events ignore stale ones.
/// </summary>
public sealed partial class Cycle
{
    public const int NameMinLength = 3;
    public const int NameMaxLength = 200;

    /// <summary>
    /// Cycles are planned, not archived: an earlier school year is a typo, although the school
    /// year itself (shared with context profiles, whose data goes back further) would accept it.
    /// </summary>
    public const int EarliestStartYear = 2000;

    // For EF Core materialization only; it sets every property.
    private Cycle()
    {
        SchoolYear = null!;
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public SchoolYear SchoolYear { get; private set; }

    public SchoolYearHalf Half { get; private set; }

    public string Name { get; private set; }

    public DateOnly? MeetingDate { get; private set; }

    /// <summary>When the window opens; moved to the actual time when staff open it early.</summary>
    public DateTimeOffset SubmissionOpensAt { get; private set; }

    /// <summary>When the window closes; moved to the actual time when staff close it early.</summary>
    public DateTimeOffset SubmissionClosesAt { get; private set; }

    public CycleStatus Status { get; private set; }

    public DateTimeOffset? ResultsPublishedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    /// <summary>Topics may be added and published only before the window closes.</summary>
    public bool AcceptsTopics => Status is CycleStatus.Planning or CycleStatus.Open;

    /// <summary>E.g. <c>2026-27 H1</c>.</summary>
    public string Label => $"{SchoolYear} H{(int)Half}";

    private string Subject => $"cycle/{Id}";

    /// <summary>Schedules a cycle in <see cref="CycleStatus.Planning"/>. Reports every invalid field at once.</summary>
    public static Cycle Create(CyclePlan plan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var valid = Validate(plan, now);
        return new Cycle
        {
            Id = Guid.CreateVersion7(now),
            SchoolYear = valid.SchoolYear,
            Half = valid.Half,
            Name = valid.Name,
            MeetingDate = valid.MeetingDate,
            SubmissionOpensAt = valid.OpensAt,
            SubmissionClosesAt = valid.ClosesAt,
            Status = CycleStatus.Planning,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
    }

    /// <summary>Changes the plan while the cycle is <see cref="CycleStatus.Planning"/>; returns whether anything changed.</summary>
    public bool Replan(CyclePlan plan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (Status != CycleStatus.Planning)
        {
            throw new RuleViolationException(Subject, NotPlanningRule,
                $"Cycle {Label} is {Status}; its plan can only change while it is being planned.");
        }

        var valid = Validate(plan, now);
        if (valid.SchoolYear == SchoolYear && valid.Half == Half && valid.Name == Name && valid.MeetingDate == MeetingDate
            && valid.OpensAt == SubmissionOpensAt && valid.ClosesAt == SubmissionClosesAt)
        {
            return false;
        }

        (SchoolYear, Half, Name, MeetingDate, SubmissionOpensAt, SubmissionClosesAt) =
            (valid.SchoolYear, valid.Half, valid.Name, valid.MeetingDate, valid.OpensAt, valid.ClosesAt);
        Touch(now);
        return true;
    }

    /// <summary>Whether this cycle comes after <paramref name="other"/> (by school year, then half).</summary>
    public bool IsLaterThan(Cycle other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return (SchoolYear.StartYear, (int)Half).CompareTo((other.SchoolYear.StartYear, (int)other.Half)) > 0;
    }

    private static ValidPlan Validate(CyclePlan plan, DateTimeOffset now)
    {
        var violations = new Violations();
        var year = SchoolYear.TryCreate(plan.SchoolYear, violations, CycleFields.SchoolYear);
        violations.Require(
            year is null || year.StartYear >= EarliestStartYear,
            CycleFields.SchoolYear,
            $"Cycles are planned for school years from {SchoolYear.FromStartYear(EarliestStartYear)} on; {year} is earlier.");
        violations.Require(plan.Half is { } half && Enum.IsDefined(half), CycleFields.Half, "Choose the first or the second half of the school year.");
        var name = TextInput.Clean(plan.Name);
        violations.Require(name is { Length: >= NameMinLength and <= NameMaxLength }, CycleFields.Name, $"Name the cycle ({NameMinLength}–{NameMaxLength} characters).");
        violations.Require(plan.SubmissionOpensAt is not null, CycleFields.SubmissionOpensAt, "Say when the submission window opens.");
        violations.Require(plan.SubmissionClosesAt is not null, CycleFields.SubmissionClosesAt, "Say when the submission window closes.");
        if (plan.SubmissionOpensAt is { } opens && plan.SubmissionClosesAt is { } closes)
        {
            if (closes <= opens)
            {
                violations.Add(CycleFields.SubmissionClosesAt, "The window must close after it opens.");
            }
            else if (closes <= now)
            {
                violations.Add(CycleFields.SubmissionClosesAt, "That closing time has already passed; a window must close in the future.");
            }
            else if (plan.MeetingDate is { } meeting && meeting < DateOnly.FromDateTime(closes.UtcDateTime))
            {
                violations.Add(CycleFields.MeetingDate, "The meeting discusses the results, so it cannot be before the window closes.");
            }
        }

        violations.ThrowIfAny();
        return new ValidPlan(year!, plan.Half!.Value, name!, plan.MeetingDate, plan.SubmissionOpensAt!.Value, plan.SubmissionClosesAt!.Value);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }

    private sealed record ValidPlan(SchoolYear SchoolYear, SchoolYearHalf Half, string Name, DateOnly? MeetingDate, DateTimeOffset OpensAt, DateTimeOffset ClosesAt);
}
