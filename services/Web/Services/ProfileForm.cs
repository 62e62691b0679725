using System.Globalization;
using Consortium.Contracts.Districts.V1;

namespace Consortium.Web.Services;

/// <summary>
/// A context profile as the form holds it: text as typed, so nothing is lost when a save fails.
/// Turning it into a request only checks that numbers are numbers; every other rule is the
/// Districts service's, and its field errors come back by the same field names.
/// </summary>
public sealed class ProfileForm
{
    public bool IsNew { get; private init; } = true;

    public string SchoolYear { get; set; } = "";

    public string Enrollment { get; set; } = "";

    public string SchoolCount { get; set; } = "";

    public string PctEconomicallyDisadvantaged { get; set; } = "";

    public string PctEnglishLearners { get; set; } = "";

    public string PctStudentsWithDisabilities { get; set; } = "";

    public string TeacherFte { get; set; } = "";

    public string DataSource { get; set; } = "";

    public string ReviewerComments { get; private init; } = "";

    public List<ConstructRow> Constructs { get; } = [];

    /// <summary>One survey construct row.</summary>
    public sealed class ConstructRow
    {
        public string Code { get; set; } = "";

        public string Label { get; set; } = "";

        public string Score { get; set; } = "";

        public string Respondents { get; set; } = "";

        public string ResponseRate { get; set; } = "";
    }

    public static string Status(ProfileReviewStatus status) => status switch
    {
        ProfileReviewStatus.AwaitingReview => "waiting for review",
        ProfileReviewStatus.Accepted => "accepted",
        ProfileReviewStatus.Returned => "returned to you",
        _ => "not reviewed",
    };

    public static ProfileForm From(ContextProfile profile)
    {
        var form = new ProfileForm
        {
            IsNew = false,
            SchoolYear = profile.SchoolYear,
            Enrollment = profile.Enrollment.ToString(CultureInfo.InvariantCulture),
            SchoolCount = profile.SchoolCount.ToString(CultureInfo.InvariantCulture),
            PctEconomicallyDisadvantaged = profile.PctEconomicallyDisadvantaged?.Value ?? "",
            PctEnglishLearners = profile.PctEnglishLearners?.Value ?? "",
            PctStudentsWithDisabilities = profile.PctStudentsWithDisabilities?.Value ?? "",
            TeacherFte = profile.TeacherFte?.Value ?? "",
            DataSource = profile.DataSource,
            ReviewerComments = profile.ReviewStatus == ProfileReviewStatus.Returned ? profile.ReviewerComments : "",
        };
        form.Constructs.AddRange(profile.CultureConstructs.Select(construct => new ConstructRow
        {
            Code = construct.Code,
            Label = construct.Label,
            Score = construct.Score?.Value ?? "",
            Respondents = construct.Respondents.ToString(CultureInfo.InvariantCulture),
            ResponseRate = construct.ResponseRate?.Value ?? "",
        }));
        return form;
    }

    /// <summary>The request, or the fields whose text is not a number (then nothing is sent).</summary>
    public (UpsertContextProfileRequest? Request, ServiceError? Problems) ToRequest(string districtId)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var request = new UpsertContextProfileRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            DistrictId = districtId,
            SchoolYear = SchoolYear.Trim(),
            Enrollment = Whole("enrollment", Enrollment, problems),
            SchoolCount = Whole("school_count", SchoolCount, problems),
            PctEconomicallyDisadvantaged = Number("pct_economically_disadvantaged", PctEconomicallyDisadvantaged, problems),
            PctEnglishLearners = Number("pct_english_learners", PctEnglishLearners, problems),
            PctStudentsWithDisabilities = Number("pct_students_with_disabilities", PctStudentsWithDisabilities, problems),
            TeacherFte = Number("teacher_fte", TeacherFte, problems),
            DataSource = DataSource.Trim(),
        };
        for (var index = 0; index < Constructs.Count; index++)
        {
            var row = Constructs[index];
            var field = $"culture_constructs[{index}]";
            request.CultureConstructs.Add(new CultureConstruct
            {
                Code = row.Code.Trim(),
                Label = row.Label.Trim(),
                Score = Number($"{field}.score", row.Score, problems),
                Respondents = Whole($"{field}.respondents", row.Respondents, problems),
                ResponseRate = row.ResponseRate.Trim().Length == 0 ? null : Number($"{field}.response_rate", row.ResponseRate, problems),
            });
        }

        return problems.Count == 0
            ? (request, null)
            : (null, new ServiceError("Some fields need attention; nothing was sent.", problems, false));
    }

    private static int Whole(string field, string text, Dictionary<string, string> problems)
    {
        if (int.TryParse(text.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems[field] = "Enter a whole number, e.g. 4200.";
        return 0;
    }

    private static Google.Type.Decimal? Number(string field, string text, Dictionary<string, string> problems)
    {
        var trimmed = text.Trim().TrimEnd('%').Trim();
        if (decimal.TryParse(trimmed, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return new Google.Type.Decimal { Value = value.ToString(CultureInfo.InvariantCulture) };
        }

        problems[field] = "Enter a number, e.g. 42.5.";
        return null;
    }
}
