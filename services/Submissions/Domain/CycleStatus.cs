namespace Consortium.Submissions.Domain;

/// <summary>A cycle's status as far as submissions care (Topics' planning stage is never announced).</summary>
public enum CycleStatus
{
    Open = 1,
    Closed = 2,
    ResultsPublished = 3,
}
