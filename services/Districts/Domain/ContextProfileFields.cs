namespace Consortium.Districts.Domain;

/// <summary>
/// API field names for context profile violations, as the upsert request names them
/// (e.g. <c>culture_constructs[2].respondents</c>).
/// </summary>
public static class ContextProfileFields
{
    public const string SchoolYear = ServiceDefaults.Domain.SchoolYear.DefaultField;
    public const string Enrollment = "enrollment";
    public const string SchoolCount = "school_count";
    public const string PctEconomicallyDisadvantaged = "pct_economically_disadvantaged";
    public const string PctEnglishLearners = "pct_english_learners";
    public const string PctStudentsWithDisabilities = "pct_students_with_disabilities";
    public const string TeacherFte = "teacher_fte";
    public const string CultureConstructs = "culture_constructs";
    public const string DataSource = "data_source";
    public const string ReviewerComments = "reviewer_comments";
}
