using System.Globalization;

namespace Consortium.ServiceDefaults.Domain;

/// <summary>
/// A school year written the way US districts and NCES write it, <c>2025-26</c>: start year,
/// hyphen, last two digits of the following year. Stored by start year so years sort and
/// compare as numbers, not strings.
/// </summary>
public sealed record SchoolYear : IComparable<SchoolYear>
{
    public const string DefaultField = "school_year";

    /// <summary>Earliest start year accepted: CCD data older than this is not used for benchmarking.</summary>
    public const int MinStartYear = 1990;

    /// <summary>Latest start year accepted: anything beyond is a typo, not a plan.</summary>
    public const int MaxStartYear = 2100;

    private SchoolYear(int startYear) => StartYear = startYear;

    public int StartYear { get; }

    public int EndYear => StartYear + 1;

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
        if (cleaned is null
            || cleaned.Length != 7
            || cleaned[4] != '-'
            || !cleaned[..4].All(char.IsAsciiDigit)
            || !cleaned[5..].All(char.IsAsciiDigit))
        {
            violations.Add(field, "Write the school year as start year, hyphen, two-digit end year, e.g. 2025-26.");
            return null;
        }

        var startYear = int.Parse(cleaned[..4], CultureInfo.InvariantCulture);
        var endDigits = int.Parse(cleaned[5..], CultureInfo.InvariantCulture);
        if (endDigits != (startYear + 1) % 100)
        {
            violations.Add(
                field,
                $"A school year spans two consecutive years, so one starting in {startYear} is written {FromStartYearUnchecked(startYear)}, not {cleaned}.");
            return null;
        }

        return TryFromStartYear(startYear, violations, field);
    }

    /// <summary>The school year starting in <paramref name="startYear"/>; throws when out of range.</summary>
    public static SchoolYear FromStartYear(int startYear, string field = DefaultField)
    {
        var violations = new Violations();
        var year = TryFromStartYear(startYear, violations, field);
        violations.ThrowIfAny();
        return year!;
    }

    private static SchoolYear? TryFromStartYear(int startYear, Violations violations, string field)
    {
        if (startYear is < MinStartYear or > MaxStartYear)
        {
            violations.Add(field, $"School years from {MinStartYear}-{(MinStartYear + 1) % 100:00} to {MaxStartYear}-{(MaxStartYear + 1) % 100:00} are accepted.");
            return null;
        }

        return new SchoolYear(startYear);
    }

    private static string FromStartYearUnchecked(int startYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{startYear:0000}-{(startYear + 1) % 100:00}");

    public int CompareTo(SchoolYear? other) => other is null ? 1 : StartYear.CompareTo(other.StartYear);

    public static bool operator <(SchoolYear left, SchoolYear right) => left.CompareTo(right) < 0;

    public static bool operator <=(SchoolYear left, SchoolYear right) => left.CompareTo(right) <= 0;

    public static bool operator >(SchoolYear left, SchoolYear right) => left.CompareTo(right) > 0;

    public static bool operator >=(SchoolYear left, SchoolYear right) => left.CompareTo(right) >= 0;

    public override string ToString() => FromStartYearUnchecked(StartYear);
}
