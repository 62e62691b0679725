namespace Consortium.Submissions.Domain;

/// <summary>What made a new version of a submission.</summary>
public enum SubmissionAction
{
    Created = 1,
    DraftUpdated = 2,
    ValuesSet = 3,
    Submitted = 4,
    Returned = 5,
    Resubmitted = 6,
    Accepted = 7,
    Withdrawn = 8,
}
