namespace Consortium.Pipeline.Domain;

/// <summary>A move between member districts: proposed by the origin, then confirmed or cancelled.</summary>
public enum MoveStatus
{
    Proposed = 1,
    Confirmed = 2,
    Cancelled = 3,
}
