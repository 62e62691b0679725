namespace Consortium.Contracts.Events.Districts.V1;

/// <summary>
/// A district's context profile for one school year was created or changed. Carries the whole
/// profile, so a consumer never needs to ask for it. <see cref="ProfileVersion"/> orders the
/// events of one (district, school year).
/// </summary>
public sealed record DistrictProfileUpdated : IntegrationEvent
{
    public required Guid DistrictId { get; init; }

    /// <summary>School year, e.g. <c>2025-26</c>.</summary>
    public required string SchoolYear { get; init; }

    public required int ProfileVersion { get; init; }

    public required int Enrollment { get; init; }

    public required int SchoolCount { get; init; }

    /// <summary>Percent 0–100.</summary>
    public required decimal PctEconomicallyDisadvantaged { get; init; }

    /// <summary>Percent 0–100.</summary>
    public required decimal PctEnglishLearners { get; init; }

    /// <summary>Percent 0–100.</summary>
    public required decimal PctStudentsWithDisabilities { get; init; }

    public required decimal TeacherFte { get; init; }

    public required IReadOnlyList<CultureConstructV1> CultureConstructs { get; init; }
}

/// <summary>One culture survey construct of a profile.</summary>
public sealed record CultureConstructV1
{
    public required string Code { get; init; }

    public required string Label { get; init; }

    /// <summary>Score on a 0–100 scale.</summary>
    public required decimal Score { get; init; }

    public required int Respondents { get; init; }

    /// <summary>Percent 0–100, when known.</summary>
    public decimal? ResponseRatePercent { get; init; }
}
