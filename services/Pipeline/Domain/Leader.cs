using System.Globalization;
using Consortium.ServiceDefaults.Domain;

namespace Consortium.Pipeline.Domain;

/// <summary>
/// A leader in a district's pipeline: who they are, their current role and stage, and the
/// history of how they got there. Every change goes through a method that enforces the rules,
/// records who made it, and bumps <see cref="Version"/> (the API's optimistic-concurrency token).
/// Stage rules are in <c>Leader.Stages.cs</c>, readiness in <c>Leader.Readiness.cs</c>, moves
/// and departures in <c>Leader.Movements.cs</c>.
/// </summary>
public sealed partial class Leader
{
    public const int NameMinLength = 2;
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int SubjectMaxLength = 200;
    public const int ReasonMaxLength = 500;

    private readonly List<StatusChange<PipelineStage>> _stageHistory = [];
    private readonly List<ReadinessAssessment> _readiness = [];
    private readonly List<LeaderMove> _moves = [];

    // For EF Core materialization only; it sets every property.
    private Leader()
    {
        Name = string.Empty;
        RoleCode = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid DistrictId { get; private set; }

    public string Name { get; private set; }

    public string? Email { get; private set; }

    /// <summary>
    /// The leader's sign-in subject (JWT <c>sub</c>): how a caller with the <c>leader</c> role is
    /// matched to their own record. Subjects are stable and come from the token; emails change
    /// and are not in our tokens, so they are not used for matching.
    /// </summary>
    public string? LeaderSubject { get; private set; }

    public string RoleCode { get; private set; }

    public DateOnly RoleStartedOn { get; private set; }

    public PipelineStage Stage { get; private set; }

    public DateOnly StageStartedOn { get; private set; }

    public LeaderStatus Status { get; private set; }

    public DateOnly? LeftOn { get; private set; }

    public IReadOnlyList<StatusChange<PipelineStage>> StageHistory => _stageHistory;

    public IReadOnlyList<ReadinessAssessment> Readiness => _readiness;

    public IReadOnlyList<LeaderMove> Moves => _moves;

    public int Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsActive => Status == LeaderStatus.Active;

    public string Subject => $"leader/{Id}";

    public static Leader Enroll(
        Guid districtId,
        string? name,
        string? email,
        string? roleCode,
        DateOnly? roleStartedOn,
        PipelineStage? stage,
        DateOnly? stageStartedOn,
        string? leaderSubject,
        IReadOnlySet<string> knownRoles,
        string enrolledBy,
        DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(enrolledBy);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var violations = new Violations();
        var cleanName = ValidateName(name, violations);
        var cleanEmail = ValidateEmail(email, violations);
        var cleanRole = ValidateRole(roleCode, LeaderFields.RoleCode, knownRoles, violations);
        var cleanSubject = ValidateSubject(leaderSubject, violations);
        violations.Require(roleStartedOn is not null, LeaderFields.RoleStartedOn, "Give the day they started in this role.");
        RequireNotFuture(roleStartedOn, today, LeaderFields.RoleStartedOn, violations);
        violations.Require(stage is not null, LeaderFields.Stage, "Choose the pipeline stage: ASPIRING, EMERGING, ESTABLISHED or SYSTEM_LEADER.");
        var stageStart = stageStartedOn ?? roleStartedOn ?? today;
        RequireNotFuture(stageStartedOn, today, LeaderFields.StageStartedOn, violations);
        violations.ThrowIfAny();

        var leader = new Leader
        {
            Id = Guid.CreateVersion7(now),
            DistrictId = districtId,
            Name = cleanName!,
            Email = cleanEmail,
            LeaderSubject = cleanSubject,
            RoleCode = cleanRole!,
            RoleStartedOn = roleStartedOn!.Value,
            Stage = stage!.Value,
            StageStartedOn = stageStart,
            Status = LeaderStatus.Active,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        leader._stageHistory.Add(new StatusChange<PipelineStage>(null, stage.Value, stageStart, null, enrolledBy, now));
        return leader;
    }

    /// <summary>Changes the person's details; <c>null</c> leaves a field as it is. Returns whether anything changed.</summary>
    public bool UpdateDetails(
        string? name,
        string? email,
        string? roleCode,
        DateOnly? roleStartedOn,
        string? leaderSubject,
        IReadOnlySet<string> knownRoles,
        DateTimeOffset now)
    {
        RequireActive();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var violations = new Violations();
        var newName = name is null ? Name : ValidateName(name, violations);
        var newEmail = email is null ? Email : ValidateEmail(email, violations);
        var newSubject = leaderSubject is null ? LeaderSubject : ValidateSubject(leaderSubject, violations);
        var newRole = RoleCode;
        var newRoleStart = RoleStartedOn;
        if (roleCode is not null)
        {
            newRole = ValidateRole(roleCode, LeaderFields.RoleCode, knownRoles, violations) ?? RoleCode;
            violations.Require(roleStartedOn is not null, LeaderFields.RoleStartedOn, "Give the day they started in the new role.");
            RequireNotFuture(roleStartedOn, today, LeaderFields.RoleStartedOn, violations);
            newRoleStart = roleStartedOn ?? RoleStartedOn;
        }

        violations.ThrowIfAny();
        if (newName == Name && newEmail == Email && newSubject == LeaderSubject && newRole == RoleCode && newRoleStart == RoleStartedOn)
        {
            return false;
        }

        (Name, Email, LeaderSubject, RoleCode, RoleStartedOn) = (newName!, newEmail, newSubject, newRole, newRoleStart);
        Touch(now);
        return true;
    }

    /// <summary>A departed leader's record, development included, is kept as it was.</summary>
    internal void RequireActive()
    {
        if (!IsActive)
        {
            throw new RuleViolationException(
                Subject,
                PipelineRules.LeaderNotActive,
                Invariant($"This leader left the pipeline on {LeftOn:yyyy-MM-dd}; their record is kept as it was and cannot change."));
        }
    }

    private void Touch(DateTimeOffset now)
    {
        Version++;
        UpdatedAt = now;
    }

    private static string? ValidateName(string? name, Violations violations)
    {
        var clean = TextInput.Clean(name);
        violations.Require(clean is { Length: >= NameMinLength and <= NameMaxLength }, LeaderFields.Name, $"Give the leader's full name ({NameMinLength}–{NameMaxLength} characters).");
        return clean;
    }

    private static string? ValidateEmail(string? email, Violations violations)
    {
        var clean = TextInput.Clean(email);
        if (clean is not null)
        {
            violations.Require(clean.Length <= EmailMaxLength && EmailAddress.IsValid(clean), LeaderFields.Email, $"'{Echo.Of(clean)}' is not an email address; leave it empty if unknown.");
        }

        return clean;
    }

    private static string? ValidateSubject(string? subject, Violations violations)
    {
        var clean = TextInput.Clean(subject);
        violations.Require(clean is null || clean.Length <= SubjectMaxLength, LeaderFields.LeaderSubject, $"Keep the sign-in subject to {SubjectMaxLength} characters or fewer.");
        return clean;
    }

    internal static string? ValidateRole(string? roleCode, string field, IReadOnlySet<string> knownRoles, Violations violations)
    {
        var clean = TextInput.Clean(roleCode)?.ToLowerInvariant();
        if (clean is null)
        {
            violations.Add(field, "Choose a role (see ListRoles), e.g. \"principal\".");
            return null;
        }

        violations.Require(knownRoles.Contains(clean), field, $"'{Echo.Of(clean)}' is not a known role; see ListRoles, or ask consortium staff to add it.");
        return clean;
    }

    private static void RequireNotFuture(DateOnly? date, DateOnly today, string field, Violations violations) =>
        violations.Require(date is null || date <= today, field, Invariant($"{date:yyyy-MM-dd} is in the future; record it once it has happened."));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
