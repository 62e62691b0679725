namespace Consortium.Submissions.Domain;

/// <summary>The API field names violations are reported against (snake_case, as in the proto).</summary>
public static class SubmissionFields
{
    public const string DistrictId = "district_id";
    public const string TopicId = "topic_id";
    public const string Kind = "kind";
    public const string Title = "title";
    public const string Narrative = "narrative";
    public const string Successes = "successes";
    public const string Challenges = "challenges";
    public const string ImplementationStage = "implementation_stage";
    public const string EvidenceLinks = "evidence_links";
    public const string ContactName = "contact.name";
    public const string ContactEmail = "contact.email";
    public const string Visibility = "visibility";
    public const string Values = "values";
    public const string ReviewerComments = "reviewer_comments";

    /// <summary>A row of a target value list, as the client sent it (e.g. <c>values[3]</c>).</summary>
    public static string ValueRow(int index) => $"{Values}[{index}]";
}
