using Consortium.ServiceDefaults.Domain;

namespace Consortium.Districts.Domain;

/// <summary>
/// One measure from a district's culture or climate survey (e.g. 5Essentials
/// "collective-responsibility"), with how many people answered. A plain value like
/// <see cref="BenchmarkContact"/>: a profile stores only constructs that passed validation.
/// </summary>
/// <param name="Code">Stable identifier, lower-case kebab- or snake-case, so the same measure lines up across districts and years.</param>
/// <param name="Score">
/// On a 0–100 scale. Survey vendors' scales mostly fit it as they are (5Essentials reports
/// 1–99 with 50 as the benchmark); others are rescaled by the district before entry, so
/// every score is comparable without knowing its vendor.
/// </param>
/// <param name="ResponseRate">Share of those invited who answered, when the survey tracks it.</param>
public sealed record CultureConstruct(
    string Code,
    string Label,
    decimal Score,
    int Respondents,
    decimal? ResponseRate = null)
{
    public const int CodeMinLength = 2;
    public const int CodeMaxLength = 64;
    public const int LabelMaxLength = 200;
    public const int ScoreMaxDecimalPlaces = 2;

    /// <summary>5Essentials publishes a teacher measure only with at least 8 respondents.</summary>
    public const int DefaultMinimumRespondents = 8;

    /// <summary>
    /// Whether the score may be shown outside the district: with fewer respondents a score
    /// can reveal what individual staff answered. Deliberately only the respondent floor; the
    /// response-rate floor is not applied because many surveys do not report a rate.
    /// </summary>
    public bool IsReportable(int minimumRespondents = DefaultMinimumRespondents) =>
        Respondents >= minimumRespondents;

    /// <summary>
    /// Checks this construct, adding violations under <paramref name="prefix"/> (e.g.
    /// <c>profile.culture_constructs[2]</c>), and returns the trimmed construct, or <c>null</c>.
    /// </summary>
    internal CultureConstruct? Validate(Violations violations, string prefix)
    {
        var before = violations.Items.Count;
        var code = TextInput.Clean(Code);
        var label = TextInput.Clean(Label);

        violations.Require(
            code is not null && IsValidCode(code),
            $"{prefix}.code",
            $"Use a code of {CodeMinLength}–{CodeMaxLength} lower-case letters, digits, hyphens or underscores, starting with a letter, e.g. collective-responsibility.");

        if (label is null)
        {
            violations.Add($"{prefix}.label", "Enter the construct's label, e.g. Collective Responsibility.");
        }
        else
        {
            violations.Require(
                label.Length <= LabelMaxLength,
                $"{prefix}.label",
                $"Keep the label to {LabelMaxLength} characters or fewer.");
        }

        violations.Require(
            Score is >= 0m and <= 100m && DecimalRules.HasAtMostDecimalPlaces(Score, ScoreMaxDecimalPlaces),
            $"{prefix}.score",
            $"Give the score on a 0–100 scale with at most {ScoreMaxDecimalPlaces} decimal places; {Score} is not.");

        violations.Require(
            Respondents >= 0,
            $"{prefix}.respondents",
            "The number of respondents cannot be negative.");

        if (ResponseRate is { } rate)
        {
            Percentage.TryCreate(rate, violations, $"{prefix}.response_rate");
        }

        return violations.Items.Count > before ? null : this with { Code = code!, Label = label! };
    }

    /// <summary>Lower-case words joined by single hyphens or underscores: no leading, trailing or doubled separators.</summary>
    private static bool IsValidCode(string code)
    {
        if (code.Length is < CodeMinLength or > CodeMaxLength || !char.IsAsciiLetterLower(code[0]))
        {
            return false;
        }

        var previousWasSeparator = false;
        foreach (var c in code)
        {
            var isSeparator = c is '-' or '_';
            if (isSeparator && previousWasSeparator)
            {
                return false;
            }

            if (!isSeparator && !char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }

            previousWasSeparator = isSeparator;
        }

        return !previousWasSeparator;
    }
}
