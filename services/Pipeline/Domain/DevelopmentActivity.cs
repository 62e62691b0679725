using System.Globalization;
using Consortium.ServiceDefaults.Domain;

namespace Consortium.Pipeline.Domain;

/// <summary>
/// A development activity of one leader (coaching, a cohort program, a residency, mentoring, a
/// community of practice, a course): who provides it, how many hours, when, where it stands,
/// and which competencies of the framework it targets. Its own aggregate, so a leader's long
/// development history can be listed page by page; it follows the leader when they move, and
/// freezes with the leader's record when they leave. Every status change records who, why and when.
/// </summary>
public sealed class DevelopmentActivity
{
    public const int TitleMaxLength = 200;
    public const int ProviderMaxLength = 200;
    public const int ReasonMaxLength = 500;
    public const int MaxCompetencies = 10;

    /// <summary>More than a full-time school year of release; anything larger is a typing error.</summary>
    public const decimal MaxHours = 2000m;

    private readonly List<StatusChange<DevelopmentActivityStatus>> _statusHistory = [];
    private List<string> _competencyCodes = [];

    // For EF Core materialization only; it sets every property.
    private DevelopmentActivity()
    {
        Title = string.Empty;
        Provider = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid LeaderId { get; private set; }

    public DevelopmentActivityKind Kind { get; private set; }

    /// <summary>E.g. "Aspiring Principals Cohort 2025-26".</summary>
    public string Title { get; private set; }

    /// <summary>Who runs it, e.g. a university, a nonprofit, or the district's own academy.</summary>
    public string Provider { get; private set; }

    /// <summary>Planned hours; the actual hours once completed, when the district records them.</summary>
    public decimal Hours { get; private set; }

    /// <summary>Planned start; the actual start once in progress.</summary>
    public DateOnly StartOn { get; private set; }

    /// <summary>Planned end; the actual end once completed (or withdrawn while in progress).</summary>
    public DateOnly? EndOn { get; private set; }

    public DevelopmentActivityStatus Status { get; private set; }

    /// <summary>Codes of the framework's competencies the activity develops, in the order given.</summary>
    public IReadOnlyList<string> CompetencyCodes => _competencyCodes;

    public IReadOnlyList<StatusChange<DevelopmentActivityStatus>> StatusHistory => _statusHistory;

    public int Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string Subject => $"development-activity/{Id}";

    /// <summary>Adds an activity to an active leader's record.</summary>
    public static DevelopmentActivity Add(
        Leader leader,
        DevelopmentActivityKind? kind,
        string? title,
        string? provider,
        decimal? hours,
        DateOnly? startOn,
        DateOnly? endOn,
        DevelopmentActivityStatus? status,
        IReadOnlyList<string> competencyCodes,
        IReadOnlySet<string> knownCompetencies,
        string addedBy,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(leader);
        ArgumentException.ThrowIfNullOrWhiteSpace(addedBy);
        leader.RequireActive();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var violations = new Violations();
        violations.Require(kind is not null, DevelopmentFields.Kind, "Choose COACHING, COHORT_PROGRAM, RESIDENCY, MENTORING, COMMUNITY_OF_PRACTICE or COURSE.");
        var cleanTitle = TextInput.Clean(title);
        violations.Require(cleanTitle is { Length: >= 2 and <= TitleMaxLength }, DevelopmentFields.Title, $"Name the activity (2–{TitleMaxLength} characters), e.g. \"Aspiring Principals Cohort 2025-26\".");
        var cleanProvider = TextInput.Clean(provider);
        violations.Require(cleanProvider is { Length: >= 2 and <= ProviderMaxLength }, DevelopmentFields.Provider, $"Say who provides it (2–{ProviderMaxLength} characters), e.g. \"District leadership academy\".");
        violations.Require(hours is not null, DevelopmentFields.Hours, "Give the planned hours, e.g. \"24\" or \"1.5\".");
        ValidateHours(hours, violations);
        violations.Require(startOn is not null, DevelopmentFields.StartOn, "Give the (planned) start date.");
        violations.Require(
            endOn is null || startOn is null || endOn >= startOn,
            DevelopmentFields.EndOn,
            Invariant($"The end ({endOn:yyyy-MM-dd}) cannot precede the start ({startOn:yyyy-MM-dd})."));
        violations.Require(
            status is not null && DevelopmentStatusRules.CanStartAs(status.Value),
            DevelopmentFields.Status,
            "A new activity is PLANNED, IN_PROGRESS or (recorded afterwards) COMPLETED.");
        if (status is DevelopmentActivityStatus.InProgress or DevelopmentActivityStatus.Completed)
        {
            violations.Require(startOn is null || startOn <= today, DevelopmentFields.StartOn, Invariant($"An activity under way or completed has started; {startOn:yyyy-MM-dd} is in the future."));
        }

        if (status == DevelopmentActivityStatus.Completed)
        {
            violations.Require(endOn is not null, DevelopmentFields.EndOn, "Give the day a completed activity ended.");
            violations.Require(endOn is null || endOn <= today, DevelopmentFields.EndOn, Invariant($"{endOn:yyyy-MM-dd} is in the future; record the activity as completed once it has ended."));
        }

        var codes = ValidateCompetencies(competencyCodes, knownCompetencies, violations);
        violations.ThrowIfAny();

        var initial = status!.Value;
        var activity = new DevelopmentActivity
        {
            Id = Guid.CreateVersion7(now),
            LeaderId = leader.Id,
            Kind = kind!.Value,
            Title = cleanTitle!,
            Provider = cleanProvider!,
            Hours = hours!.Value,
            StartOn = startOn!.Value,
            EndOn = endOn,
            Status = initial,
            _competencyCodes = codes,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        // The first entry is dated by what it records: planning today, the start, or the end.
        var effective = initial switch
        {
            DevelopmentActivityStatus.InProgress => startOn.Value,
            DevelopmentActivityStatus.Completed => endOn!.Value,
            _ => today,
        };
        activity._statusHistory.Add(new StatusChange<DevelopmentActivityStatus>(null, initial, effective, null, addedBy, now));
        return activity;
    }

    /// <summary>
    /// Moves the activity along its lifecycle (<see cref="DevelopmentStatusRules"/>). Starting sets
    /// the actual start; completing sets the actual end (and, when given, the actual hours);
    /// withdrawing needs a reason. The effective date is not in the future and not before the
    /// previous change, so the history reads forwards.
    /// </summary>
    public StatusChange<DevelopmentActivityStatus> ChangeStatus(
        Leader leader,
        DevelopmentActivityStatus? to,
        DateOnly? effectiveOn,
        string? reason,
        decimal? hours,
        string changedBy,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(leader);
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        if (leader.Id != LeaderId)
        {
            throw new ArgumentException("The activity belongs to another leader.", nameof(leader));
        }

        leader.RequireActive();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var effective = effectiveOn ?? today;
        var violations = new Violations();
        violations.Require(to is not null, DevelopmentFields.Status, "Choose the new status: IN_PROGRESS, COMPLETED or WITHDRAWN.");
        violations.Require(to is null || to != Status, DevelopmentFields.Status, $"The activity is already {Status}.");
        var cleanReason = TextInput.Clean(reason);
        violations.Require(cleanReason is null || cleanReason.Length <= ReasonMaxLength, DevelopmentFields.Reason, $"Keep the reason to {ReasonMaxLength} characters or fewer.");
        violations.Require(
            to != DevelopmentActivityStatus.Withdrawn || cleanReason is not null,
            DevelopmentFields.Reason,
            "Say why the leader withdrew, so the record explains the gap.");
        ValidateHours(hours, violations);
        violations.Require(effective <= today, DevelopmentFields.EffectiveOn, Invariant($"{effective:yyyy-MM-dd} is in the future; record the change once it has happened."));
        var previous = _statusHistory.Count == 0 ? (DateOnly?)null : _statusHistory.Max(change => change.EffectiveOn);
        violations.Require(
            previous is null || effective >= previous,
            DevelopmentFields.EffectiveOn,
            Invariant($"The change cannot take effect before the previous one ({previous:yyyy-MM-dd})."));
        violations.Require(
            to != DevelopmentActivityStatus.Completed || Status != DevelopmentActivityStatus.InProgress || effective >= StartOn,
            DevelopmentFields.EffectiveOn,
            Invariant($"The activity cannot end before it started ({StartOn:yyyy-MM-dd})."));
        violations.ThrowIfAny();

        if (!DevelopmentStatusRules.CanMove(Status, to!.Value))
        {
            var next = DevelopmentStatusRules.NextFrom(Status);
            throw new RuleViolationException(
                Subject,
                PipelineRules.DevelopmentStatusTransition,
                next.Count == 0
                    ? $"A {Status} activity is final; record a repeat as a new activity."
                    : $"A {Status} activity can only become {string.Join(" or ", next)}, not {to}.");
        }

        var wasInProgress = Status == DevelopmentActivityStatus.InProgress;
        switch (to.Value)
        {
            case DevelopmentActivityStatus.InProgress:
                StartOn = effective;
                // A planned end that has already passed no longer says anything; completion records the real one.
                if (EndOn < effective)
                {
                    EndOn = null;
                }

                break;
            case DevelopmentActivityStatus.Completed:
                EndOn = effective;
                break;
            case DevelopmentActivityStatus.Withdrawn when wasInProgress:
                EndOn = effective;
                break;
        }

        if (hours is not null)
        {
            Hours = hours.Value;
        }

        var change = new StatusChange<DevelopmentActivityStatus>(Status, to.Value, effective, cleanReason, changedBy, now);
        _statusHistory.Add(change);
        Status = to.Value;
        Version++;
        UpdatedAt = now;
        return change;
    }

    private static void ValidateHours(decimal? hours, Violations violations) =>
        violations.Require(
            hours is null || (hours > 0 && hours <= MaxHours && decimal.Round(hours.Value, 2) == hours),
            DevelopmentFields.Hours,
            Invariant($"Hours are more than 0 and at most {MaxHours}, with at most two decimals."));

    private static List<string> ValidateCompetencies(IReadOnlyList<string> codes, IReadOnlySet<string> known, Violations violations)
    {
        violations.Require(
            codes.Count is >= 1 and <= MaxCompetencies,
            DevelopmentFields.CompetencyCodes,
            $"Name the 1–{MaxCompetencies} competencies of the framework the activity targets (see ListCompetencies).");
        var clean = new List<string>();
        for (var i = 0; i < codes.Count; i++)
        {
            var code = TextInput.Clean(codes[i])?.ToLowerInvariant();
            var field = Invariant($"{DevelopmentFields.CompetencyCodes}[{i}]");
            if (code is null || !known.Contains(code))
            {
                violations.Add(field, $"'{Echo.Of(codes[i])}' is not a competency of the framework (see ListCompetencies).");
            }
            else if (clean.Contains(code))
            {
                violations.Add(field, $"'{Echo.Of(code)}' is already named.");
            }
            else
            {
                clean.Add(code);
            }
        }

        return clean;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
