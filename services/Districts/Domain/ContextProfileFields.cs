namespace Consortium.Districts.Domain;

/// <summary>
/// API field names for context profile violations. The values sit in a <c>profile</c>
/// message of the request, next to <c>school_year</c>, so their paths start with
/// <see cref="Profile"/> (e.g. <c>profile.culture_constructs[2].respondents</c>).
/// </summary>
public static class ContextProfileFields
{
    public const string Profile = "profile";
    public const string SchoolYear = Domain.SchoolYear.DefaultField;
    public const string Enrollment = "enrollment";
    public const string SchoolCount = "school_count";
    public const string PctEconomicallyDisadvantaged = "pct_economically_disadvantaged";
    public const string PctEnglishLearners = "pct_english_learners";
    public const string PctStudentsWithDisabilities = "pct_students_with_disabilities";
    public const string TeacherFte = "teacher_fte";
    public const string CultureConstructs = "culture_constructs";
    public const string DataSource = "data_source";
}
