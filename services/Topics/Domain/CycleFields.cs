namespace Consortium.Topics.Domain;

/// <summary>The API field names cycle violations are reported against (snake_case, as in the proto).</summary>
public static class CycleFields
{
    public const string SchoolYear = ServiceDefaults.Domain.SchoolYear.DefaultField;
    public const string Half = "half";
    public const string Name = "name";
    public const string MeetingDate = "meeting_date";
    public const string SubmissionOpensAt = "submission_opens_at";
    public const string SubmissionClosesAt = "submission_closes_at";
}
