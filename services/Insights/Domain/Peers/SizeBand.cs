namespace Consortium.Insights.Domain.Peers;

/// <summary>
/// Coarse district size for explicit peer filters. Same cut points as Districts'
/// EnrollmentSizeBands (NCES district-size breaks); kept to four bands so a filtered group still
/// holds enough districts to pass the k-floor.
/// </summary>
public enum SizeBand
{
    /// <summary>Fewer than 2,500 students.</summary>
    Small = 1,

    /// <summary>2,500 to 9,999 students.</summary>
    Medium = 2,

    /// <summary>10,000 to 24,999 students.</summary>
    Large = 3,

    /// <summary>25,000 students or more.</summary>
    VeryLarge = 4,
}

public static class SizeBands
{
    public static SizeBand Classify(int enrollment)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(enrollment);
        return enrollment switch
        {
            < 2_500 => SizeBand.Small,
            < 10_000 => SizeBand.Medium,
            < 25_000 => SizeBand.Large,
            _ => SizeBand.VeryLarge,
        };
    }
}
