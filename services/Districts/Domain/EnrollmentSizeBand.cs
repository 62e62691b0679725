namespace Consortium.Districts.Domain;

/// <summary>
/// Coarse district size by enrollment, for matching peers: a 3,000-student district learns
/// more from another of 5,000 than from one of 300,000. See <see cref="EnrollmentSizeBands"/>.
/// </summary>
public enum EnrollmentSizeBand
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
