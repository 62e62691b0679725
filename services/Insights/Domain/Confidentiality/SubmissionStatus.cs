namespace Consortium.Insights.Domain.Confidentiality;

/// <summary>Where a district's own submission for a topic and cycle stands, as Insights learned it from Submissions' events.</summary>
public enum SubmissionStatus
{
    Draft = 1,
    Submitted = 2,
    Returned = 3,
    Accepted = 4,
    Withdrawn = 5,
}
