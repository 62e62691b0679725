using System.Globalization;
using Consortium.ServiceDefaults.Domain;

namespace Consortium.Topics.Domain;

/// <summary>
/// A school year written as US districts write it, <c>2026-27</c>. Stored as that text, which
/// sorts in time order because the format is fixed. (Districts has the same value object; the
/// two belong in a shared domain library.)
/// </summary>
public sealed record SchoolYear
{
    public const string DefaultField = "school_year";

    /// <summary>Benchmark cycles are planned, not archived: years before this are typos.</summary>
    public const int MinStartYear = 2000;

    public const int MaxStartYear = 2100;

    private SchoolYear(int startYear) => StartYear = startYear;

    public int StartYear { get; }

    /// <summary>Parses <c>YYYY-YY</c>; throws <see cref="DomainValidationException"/>.</summary>
    public static SchoolYear Parse(string? value, string field = DefaultField)
    {
        var violations = new Violations();
        var year = TryCreate(value, violations, field);
        violations.ThrowIfAny();
        return year!;
    }

    /// <summary>Parses <c>YYYY-YY</c>, recording a violation on <paramref name="field"/> instead of throwing.</summary>
    public static SchoolYear? TryCreate(string? value, Violations violations, string field = DefaultField)
    {
        var cleaned = TextInput.Clean(value);
        if (cleaned is not { Length: 7 } || cleaned[4] != '-' || !cleaned[..4].All(char.IsAsciiDigit) || !cleaned[5..].All(char.IsAsciiDigit))
        {
            violations.Add(field, "Write the school year as start year, hyphen, two-digit end year, e.g. 2026-27.");
            return null;
        }

        var startYear = int.Parse(cleaned[..4], CultureInfo.InvariantCulture);
        var endDigits = int.Parse(cleaned[5..], CultureInfo.InvariantCulture);
        if (endDigits != (startYear + 1) % 100)
        {
            violations.Add(field, $"A school year spans two consecutive years, so one starting in {startYear} is written {Format(startYear)}, not {cleaned}.");
            return null;
        }

        if (startYear is < MinStartYear or > MaxStartYear)
        {
            violations.Add(field, $"School years from {Format(MinStartYear)} to {Format(MaxStartYear)} are accepted.");
            return null;
        }

        return new SchoolYear(startYear);
    }

    public override string ToString() => Format(StartYear);

    private static string Format(int startYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{startYear:0000}-{(startYear + 1) % 100:00}");
}
