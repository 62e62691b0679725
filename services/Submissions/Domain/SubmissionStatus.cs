namespace Consortium.Submissions.Domain;

/// <summary>
/// Where a submission is in its review. A resubmitted submission is <see cref="Submitted"/>
/// again; <see cref="Submission.SubmissionCount"/> tells first submissions from later ones.
/// </summary>
public enum SubmissionStatus
{
    Draft = 1,
    Submitted = 2,
    Returned = 3,
    Accepted = 4,
    Withdrawn = 5,
}
