namespace Consortium.Pipeline.Domain;

/// <summary>One assessment of how ready a leader is for a target role, kept as history (readiness changes as they develop).</summary>
public sealed class ReadinessAssessment
{
    internal ReadinessAssessment(string targetRoleCode, ReadinessLevel level, string assessor, DateOnly assessedOn, string? note, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = Guid.CreateVersion7(recordedAt);
        TargetRoleCode = targetRoleCode;
        Level = level;
        Assessor = assessor;
        AssessedOn = assessedOn;
        Note = note;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    // For EF Core materialization only.
    private ReadinessAssessment()
    {
        TargetRoleCode = string.Empty;
        Assessor = string.Empty;
        RecordedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public string TargetRoleCode { get; private set; }

    public ReadinessLevel Level { get; private set; }

    /// <summary>Who assessed, as the district records it (often not the person entering it).</summary>
    public string Assessor { get; private set; }

    public DateOnly AssessedOn { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The authenticated subject who recorded the assessment.</summary>
    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
