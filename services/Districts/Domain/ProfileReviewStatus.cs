namespace Consortium.Districts.Domain;

/// <summary>Where a context profile stands in staff review (ADR 19's companion: profiles are what peers are matched on).</summary>
public enum ProfileReviewStatus
{
    /// <summary>Written by the district; waits for staff. Values accepted before keep counting meanwhile.</summary>
    AwaitingReview = 1,

    /// <summary>Accepted by staff, or written by staff: these values count in comparisons.</summary>
    Accepted = 2,

    /// <summary>Returned by staff with comments; the district corrects it.</summary>
    Returned = 3,
}
