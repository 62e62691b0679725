namespace Consortium.Pipeline.Domain;

/// <summary>The forms of leadership development districts commonly fund and track.</summary>
public enum DevelopmentActivityKind
{
    Coaching = 1,
    CohortProgram = 2,

    /// <summary>A residency or internship: practice in a leadership role under a mentor principal.</summary>
    Residency = 3,
    Mentoring = 4,
    CommunityOfPractice = 5,
    Course = 6,
}
