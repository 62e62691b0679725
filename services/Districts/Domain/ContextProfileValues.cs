using Consortium.ServiceDefaults.Domain;

namespace Consortium.Districts.Domain;

/// <summary>
/// Everything a district reports about its context for one school year, as entered. Create and
/// update take the same record so they cannot validate differently. Percentages are on a
/// 0–100 scale (CCD publishes counts; districts enter the shares they report to their state).
/// </summary>
public sealed record ContextProfileValues(
    int Enrollment,
    int SchoolCount,
    decimal PctEconomicallyDisadvantaged,
    decimal PctEnglishLearners,
    decimal PctStudentsWithDisabilities,
    decimal TeacherFte,
    IReadOnlyList<CultureConstruct>? CultureConstructs = null,
    string? DataSource = null)
{
    /// <summary>Above the largest US district (New York City, about 900,000) with room to spare.</summary>
    public const int MaxEnrollment = 2_000_000;

    /// <summary>Above New York City's roughly 1,800 schools.</summary>
    public const int MaxSchoolCount = 2_000;

    public const decimal MaxTeacherFte = 200_000m;
    public const int TeacherFteMaxDecimalPlaces = 2;
    public const int MaxCultureConstructs = 50;
    public const int DataSourceMaxLength = 200;

    /// <summary>
    /// Checks every value, adding violations under the API's field names, and returns the
    /// cleaned values (trimmed text, constructs normalised), or <c>null</c> if any is invalid.
    /// </summary>
    public ContextProfileValues? Validate(Violations violations)
    {
        var before = violations.Items.Count;

        var enrollmentValid = Enrollment is > 0 and <= MaxEnrollment;
        violations.Require(
            enrollmentValid,
            ContextProfileFields.Enrollment,
            $"Enrollment must be between 1 and {MaxEnrollment:N0} students.");

        var schoolCountValid = SchoolCount is >= 1 and <= MaxSchoolCount;
        violations.Require(
            schoolCountValid,
            ContextProfileFields.SchoolCount,
            $"The number of schools must be between 1 and {MaxSchoolCount:N0}.");

        Percentage.TryCreate(PctEconomicallyDisadvantaged, violations, ContextProfileFields.PctEconomicallyDisadvantaged);
        Percentage.TryCreate(PctEnglishLearners, violations, ContextProfileFields.PctEnglishLearners);
        Percentage.TryCreate(PctStudentsWithDisabilities, violations, ContextProfileFields.PctStudentsWithDisabilities);

        var teacherFteValid = TeacherFte is >= 0m and <= MaxTeacherFte
            && DecimalRules.HasAtMostDecimalPlaces(TeacherFte, TeacherFteMaxDecimalPlaces);
        violations.Require(
            teacherFteValid,
            ContextProfileFields.TeacherFte,
            $"Teacher FTE must be between 0 and {MaxTeacherFte:N0} with at most {TeacherFteMaxDecimalPlaces} decimal places.");

        // Plausibility: only meaningful once both figures are individually valid, and reported
        // on the figure more likely to be mistyped (enrollment is the better-known number).
        if (enrollmentValid && teacherFteValid && TeacherFte > Enrollment)
        {
            violations.Add(
                ContextProfileFields.TeacherFte,
                $"Teacher FTE ({TeacherFte}) is more than the enrollment ({Enrollment}); check both figures.");
        }

        if (enrollmentValid && schoolCountValid && SchoolCount > Enrollment)
        {
            violations.Add(
                ContextProfileFields.SchoolCount,
                $"The district cannot have more schools ({SchoolCount}) than students ({Enrollment}); check both figures.");
        }

        var constructs = ValidateConstructs(violations, ContextProfileFields.CultureConstructs);

        var dataSource = TextInput.Clean(DataSource);
        violations.Require(
            dataSource is null || dataSource.Length <= DataSourceMaxLength,
            ContextProfileFields.DataSource,
            $"Keep the data source to {DataSourceMaxLength} characters or fewer, e.g. NCES CCD 2024-25.");

        return violations.Items.Count > before
            ? null
            : this with { CultureConstructs = constructs, DataSource = dataSource };
    }

    private List<CultureConstruct> ValidateConstructs(Violations violations, string field)
    {
        var input = CultureConstructs ?? [];
        violations.Require(
            input.Count <= MaxCultureConstructs,
            field,
            $"A profile can hold at most {MaxCultureConstructs} culture constructs; {input.Count} were given.");

        var cleaned = new List<CultureConstruct>(input.Count);
        var seenCodes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < input.Count; i++)
        {
            var prefix = $"{field}[{i}]";
            var construct = input[i].Validate(violations, prefix);
            if (construct is null)
            {
                continue;
            }

            if (!seenCodes.Add(construct.Code))
            {
                violations.Add($"{prefix}.code", $"The construct {construct.Code} appears more than once; list each construct once.");
            }

            cleaned.Add(construct);
        }

        return cleaned;
    }
}
