namespace Consortium.Insights.Domain.Peers;

/// <summary>
/// Which context profiles count in peer similarity and in context medians (ADR 15). A lead writes
/// its own profile without review, so a profile for a school year that has not started yet would
/// become its "latest" and let it move its own context at will between two questions, steering
/// its peer group or walking a median across its neighbours' values. Only school years that have
/// started count: a district's latest profile up to the current school year (1 July to 30 June).
/// Culture constructs count only with the respondent floor Districts applies before a score may
/// be shown outside the district (5Essentials: 8 respondents).
/// </summary>
public static class CountingProfiles
{
    /// <summary>The same floor as Districts' <c>CultureConstruct.DefaultMinimumRespondents</c>.</summary>
    public const int MinimumRespondents = 8;

    /// <summary>The school year <paramref name="now"/> falls in, written <c>2025-26</c>.</summary>
    public static string CurrentSchoolYear(DateTimeOffset now)
    {
        var start = now.UtcDateTime.Month >= 7 ? now.UtcDateTime.Year : now.UtcDateTime.Year - 1;
        return $"{start}-{(start + 1) % 100:00}";
    }

    /// <summary>Whether a profile for <paramref name="schoolYear"/> may count at <paramref name="now"/> (it has started).</summary>
    public static bool Counts(string schoolYear, DateTimeOffset now) =>
        string.CompareOrdinal(schoolYear, CurrentSchoolYear(now)) <= 0;

    /// <summary>Whether a culture score with <paramref name="respondents"/> may count outside its district.</summary>
    public static bool IsReportable(int respondents) => respondents >= MinimumRespondents;
}
