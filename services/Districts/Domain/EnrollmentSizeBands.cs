namespace Consortium.Districts.Domain;

/// <summary>
/// Classifies enrollment into <see cref="EnrollmentSizeBand"/>s. The cut points follow the
/// breaks commonly used in NCES district-size tabulations, kept to four bands so that a peer
/// group of similar size still holds enough districts to be shown (k-anonymity).
/// </summary>
public static class EnrollmentSizeBands
{
    public const int MediumFrom = 2_500;
    public const int LargeFrom = 10_000;
    public const int VeryLargeFrom = 25_000;

    public static EnrollmentSizeBand Classify(int enrollment)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(enrollment);
        return enrollment switch
        {
            < MediumFrom => EnrollmentSizeBand.Small,
            < LargeFrom => EnrollmentSizeBand.Medium,
            < VeryLargeFrom => EnrollmentSizeBand.Large,
            _ => EnrollmentSizeBand.VeryLarge,
        };
    }

    /// <summary>A short label for people, e.g. <c>Very large</c>.</summary>
    public static string Label(EnrollmentSizeBand band) => band switch
    {
        EnrollmentSizeBand.Small => "Small (under 2,500)",
        EnrollmentSizeBand.Medium => "Medium (2,500–9,999)",
        EnrollmentSizeBand.Large => "Large (10,000–24,999)",
        EnrollmentSizeBand.VeryLarge => "Very large (25,000 or more)",
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, "Unknown size band."),
    };
}
