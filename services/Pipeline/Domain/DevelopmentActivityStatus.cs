namespace Consortium.Pipeline.Domain;

/// <summary>
/// Where a development activity stands. Planned → in progress → completed; planned or in
/// progress → withdrawn. Completed and withdrawn are final (<see cref="DevelopmentStatusRules"/>).
/// </summary>
public enum DevelopmentActivityStatus
{
    Planned = 1,
    InProgress = 2,
    Completed = 3,
    Withdrawn = 4,
}
