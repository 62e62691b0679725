namespace Consortium.Insights.Data.ReadModel;

/// <summary>
/// A district's context profile for one school year (the whole profile travels in every event).
/// The district's "latest profile" is the one with the highest <see cref="SchoolYear"/>.
/// </summary>
public sealed class DistrictProfileRow
{
    public Guid DistrictId { get; set; }

    /// <summary>e.g. <c>2025-26</c>; sorts like the year it starts.</summary>
    public string SchoolYear { get; set; } = string.Empty;

    public int ProfileVersion { get; set; }

    public int Enrollment { get; set; }

    public int SchoolCount { get; set; }

    public decimal PctEconomicallyDisadvantaged { get; set; }

    public decimal PctEnglishLearners { get; set; }

    public decimal PctStudentsWithDisabilities { get; set; }

    public decimal TeacherFte { get; set; }

    public List<CultureConstructValue> CultureConstructs { get; set; } = [];

    /// <summary>Replaces the profile when the event is newer; the list is replaced whole, never merged.</summary>
    public bool Apply(DistrictProfileRow incoming)
    {
        if (!Versions.IsNewer(incoming.ProfileVersion, ProfileVersion))
        {
            return false;
        }

        ProfileVersion = incoming.ProfileVersion;
        Enrollment = incoming.Enrollment;
        SchoolCount = incoming.SchoolCount;
        PctEconomicallyDisadvantaged = incoming.PctEconomicallyDisadvantaged;
        PctEnglishLearners = incoming.PctEnglishLearners;
        PctStudentsWithDisabilities = incoming.PctStudentsWithDisabilities;
        TeacherFte = incoming.TeacherFte;
        CultureConstructs = [.. incoming.CultureConstructs];
        return true;
    }
}

/// <summary>One culture survey construct of a profile (score 0–100, with its respondents).</summary>
public sealed class CultureConstructValue
{
    public string Code { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public decimal Score { get; set; }

    public int Respondents { get; set; }

    public decimal? ResponseRatePercent { get; set; }
}
