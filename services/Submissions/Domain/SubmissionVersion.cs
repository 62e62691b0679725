namespace Consortium.Submissions.Domain;

/// <summary>
/// One immutable version of a submission: what changed, who changed it, and the whole state
/// after the change. Written once, never updated, so history cannot be rewritten.
/// </summary>
public sealed class SubmissionVersion
{
    internal SubmissionVersion(Guid submissionId, int version, SubmissionAction action, string changedBy, DateTimeOffset changedAt, SubmissionSnapshot snapshot)
    {
        SubmissionId = submissionId;
        Version = version;
        Action = action;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
        Snapshot = snapshot;
    }

    // For EF Core materialization only.
    private SubmissionVersion()
    {
        ChangedBy = string.Empty;
        Snapshot = null!;
    }

    public Guid SubmissionId { get; private set; }

    public int Version { get; private set; }

    public SubmissionAction Action { get; private set; }

    /// <summary>The authenticated subject (JWT <c>sub</c>) who made the change.</summary>
    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public SubmissionSnapshot Snapshot { get; private set; }
}
