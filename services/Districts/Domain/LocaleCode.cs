using Consortium.ServiceDefaults.Domain;

namespace Consortium.Districts.Domain;

/// <summary>
/// NCES urban-centric locale code (11–43), the standard way to say "districts like ours"
/// by urbanicity; peer groups are built on it.
/// </summary>
public sealed record LocaleCode
{
    public const string DefaultField = "locale_code";

    private LocaleCode(int code, LocaleClass localeClass, LocaleSize size)
    {
        Code = code;
        LocaleClass = localeClass;
        LocaleSize = size;
    }

    /// <summary>Every valid code, in NCES order.</summary>
    public static IReadOnlyList<int> ValidCodes { get; } = [11, 12, 13, 21, 22, 23, 31, 32, 33, 41, 42, 43];

    public int Code { get; }

    public LocaleClass LocaleClass { get; }

    public LocaleSize LocaleSize { get; }

    /// <summary>NCES's wording, e.g. <c>Suburb: Large</c> or <c>Rural: Remote</c>.</summary>
    public string Label => $"{LocaleClass}: {LocaleSize}";

    /// <summary>Validates a code; throws <see cref="DomainValidationException"/>.</summary>
    public static LocaleCode Create(int code, string field = DefaultField)
    {
        var violations = new Violations();
        var locale = TryCreate(code, violations, field);
        violations.ThrowIfAny();
        return locale!;
    }

    /// <summary>Validates a code, recording a violation on <paramref name="field"/> instead of throwing.</summary>
    public static LocaleCode? TryCreate(int code, Violations violations, string field = DefaultField)
    {
        var classDigit = code / 10;
        var sizeDigit = code % 10;
        if (code < 11 || code > 43 || sizeDigit is < 1 or > 3)
        {
            violations.Add(
                field,
                $"{code} is not an NCES locale code; use 11–13 (city), 21–23 (suburb), 31–33 (town) or 41–43 (rural).");
            return null;
        }

        var localeClass = (LocaleClass)classDigit;

        // Towns and rural areas are graded by distance, which NCES numbers 1–3 as well.
        var size = localeClass is LocaleClass.City or LocaleClass.Suburb
            ? (LocaleSize)sizeDigit
            : (LocaleSize)(sizeDigit + 3);
        return new LocaleCode(code, localeClass, size);
    }

    public override string ToString() => Label;
}
