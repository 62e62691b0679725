using Consortium.ServiceDefaults.Domain;

namespace Consortium.Districts.Domain;

/// <summary>
/// A district's context for one school year: size, student needs, staffing and culture survey
/// results. It is what makes comparisons fair (peers are matched on it), so one profile per
/// district and year, kept current by the district's benchmark lead. Identified by
/// <see cref="Id"/> and unique on (<see cref="DistrictId"/>, <see cref="SchoolYear"/>).
/// </summary>
public sealed class ContextProfile
{
    private readonly List<CultureConstruct> _cultureConstructs = [];

    // For EF Core materialization only; it sets every property.
    private ContextProfile()
    {
        SchoolYear = null!;
        PctEconomicallyDisadvantaged = null!;
        PctEnglishLearners = null!;
        PctStudentsWithDisabilities = null!;
    }

    public Guid Id { get; private set; }

    public Guid DistrictId { get; private set; }

    public SchoolYear SchoolYear { get; private set; }

    /// <summary>Students enrolled (CCD "membership").</summary>
    public int Enrollment { get; private set; }

    public int SchoolCount { get; private set; }

    public Percentage PctEconomicallyDisadvantaged { get; private set; }

    public Percentage PctEnglishLearners { get; private set; }

    /// <summary>Students with an IEP, as CCD counts them.</summary>
    public Percentage PctStudentsWithDisabilities { get; private set; }

    /// <summary>Full-time-equivalent classroom teachers.</summary>
    public decimal TeacherFte { get; private set; }

    public IReadOnlyList<CultureConstruct> CultureConstructs => _cultureConstructs;

    /// <summary>Where the figures come from, e.g. <c>NCES CCD 2024-25</c>; optional.</summary>
    public string? DataSource { get; private set; }

    public EnrollmentSizeBand SizeBand => EnrollmentSizeBands.Classify(Enrollment);

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Starts at 1; incremented by every update that changes something (the ETag).</summary>
    public int Version { get; private set; }

    /// <summary>Starts a district's profile for a school year; reports every invalid value at once.</summary>
    public static ContextProfile Create(Guid districtId, SchoolYear schoolYear, ContextProfileValues values, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(districtId, Guid.Empty);
        ArgumentNullException.ThrowIfNull(schoolYear);
        ArgumentNullException.ThrowIfNull(values);

        var valid = Validate(values);
        var profile = new ContextProfile
        {
            Id = Guid.CreateVersion7(now),
            DistrictId = districtId,
            SchoolYear = schoolYear,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        profile.Apply(valid);
        return profile;
    }

    /// <summary>Replaces the values; returns whether anything changed (no version bump or event otherwise).</summary>
    public bool Update(ContextProfileValues values, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(values);

        var valid = Validate(values);
        if (Matches(valid))
        {
            return false;
        }

        Apply(valid);
        UpdatedAt = now;
        Version++;
        return true;
    }

    private static ContextProfileValues Validate(ContextProfileValues values)
    {
        var violations = new Violations();
        var valid = values.Validate(violations);
        violations.ThrowIfAny();
        return valid!;
    }

    private bool Matches(ContextProfileValues values) =>
        Enrollment == values.Enrollment
        && SchoolCount == values.SchoolCount
        && PctEconomicallyDisadvantaged.Value == values.PctEconomicallyDisadvantaged
        && PctEnglishLearners.Value == values.PctEnglishLearners
        && PctStudentsWithDisabilities.Value == values.PctStudentsWithDisabilities
        && TeacherFte == values.TeacherFte
        && DataSource == values.DataSource
        && _cultureConstructs.SequenceEqual(values.CultureConstructs ?? []);

    // Values have been validated, so creating the percentages cannot fail here.
    private void Apply(ContextProfileValues values)
    {
        Enrollment = values.Enrollment;
        SchoolCount = values.SchoolCount;
        PctEconomicallyDisadvantaged = Percentage.Create(values.PctEconomicallyDisadvantaged, ContextProfileFields.PctEconomicallyDisadvantaged);
        PctEnglishLearners = Percentage.Create(values.PctEnglishLearners, ContextProfileFields.PctEnglishLearners);
        PctStudentsWithDisabilities = Percentage.Create(values.PctStudentsWithDisabilities, ContextProfileFields.PctStudentsWithDisabilities);
        TeacherFte = values.TeacherFte;
        DataSource = values.DataSource;
        _cultureConstructs.Clear();
        _cultureConstructs.AddRange(values.CultureConstructs ?? []);
    }
}
