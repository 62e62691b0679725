using System.Security.Cryptography;
using System.Text;

namespace Consortium.Insights.Api;

/// <summary>One context measure or culture construct as compared by CompareContext.</summary>
internal sealed record ContextMeasure(string Code, string Label, Func<MemberProfile, decimal?> ValueOf)
{
    /// <summary>
    /// The differencing guard keeps answered groups per (viewer, cycle, target). A context measure
    /// has no cycle or target, so it gets a stable pseudo-target id derived from its code (and the
    /// empty cycle): medians of different measures cannot be combined, like different targets.
    /// </summary>
    public Guid ScopeId => new(SHA256.HashData(Encoding.UTF8.GetBytes($"context-measure|{Code}")).AsSpan(0, 16));
}

/// <summary>The measures CompareContext reports: the profile's fixed ones, then the district's culture constructs.</summary>
internal static class ContextMeasures
{
    public static readonly IReadOnlyList<ContextMeasure> Profile =
    [
        new("enrollment", "Enrollment", p => p.Enrollment),
        new("school_count", "Schools", p => p.SchoolCount),
        new("pct_economically_disadvantaged", "% economically disadvantaged", p => p.PctEconomicallyDisadvantaged),
        new("pct_english_learners", "% English learners", p => p.PctEnglishLearners),
        new("pct_students_with_disabilities", "% students with disabilities", p => p.PctStudentsWithDisabilities),
        new("teacher_fte", "Teachers (FTE)", p => p.TeacherFte),
    ];

    public static IReadOnlyList<ContextMeasure> For(MemberProfile district) =>
    [
        .. Profile,
        .. district.Constructs
            .OrderBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => new ContextMeasure(
                $"culture:{c.Code}",
                c.Label,
                // Below the respondent floor a score stays inside its district (except as its own value).
                p => p.Constructs.FirstOrDefault(x => x.Code == c.Code && (x.IsReportable || p.DistrictId == district.DistrictId))?.Score)),
    ];
}
