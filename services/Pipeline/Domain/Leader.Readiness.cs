using Consortium.ServiceDefaults.Domain;

namespace Consortium.Pipeline.Domain;

/// <summary>Readiness assessments: for a known target role, by a named assessor, dated, not in the future.</summary>
public sealed partial class Leader
{
    public const int AssessorMaxLength = 200;
    public const int NoteMaxLength = 2000;

    public ReadinessAssessment AssessReadiness(
        string? targetRoleCode,
        ReadinessLevel? level,
        string? assessor,
        DateOnly? assessedOn,
        string? note,
        IReadOnlySet<string> knownRoles,
        string recordedBy,
        DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recordedBy);
        RequireActive();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var violations = new Violations();
        var role = ValidateRole(targetRoleCode, LeaderFields.TargetRoleCode, knownRoles, violations);
        violations.Require(level is not null, "level", "Choose READY_NOW, READY_1_TO_2_YEARS or READY_3_PLUS_YEARS.");
        var cleanAssessor = TextInput.Clean(assessor);
        violations.Require(cleanAssessor is { Length: >= 2 and <= AssessorMaxLength }, LeaderFields.Assessor, $"Say who assessed (2–{AssessorMaxLength} characters), e.g. \"Principal supervisor, North region\".");
        var cleanNote = TextInput.Clean(note);
        violations.Require(cleanNote is null || cleanNote.Length <= NoteMaxLength, LeaderFields.Note, $"Keep the note to {NoteMaxLength} characters or fewer.");
        var date = assessedOn ?? today;
        RequireNotFuture(date, today, LeaderFields.AssessedOn, violations);
        violations.ThrowIfAny();

        var assessment = new ReadinessAssessment(role!, level!.Value, cleanAssessor!, date, cleanNote, recordedBy, now);
        _readiness.Add(assessment);
        Touch(now);
        return assessment;
    }
}
