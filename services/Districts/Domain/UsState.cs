using Consortium.ServiceDefaults.Domain;

namespace Consortium.Districts.Domain;

/// <summary>
/// A state or state-level jurisdiction as NCES CCD identifies it: the USPS abbreviation and the
/// two-digit ANSI (formerly FIPS) state code that prefixes every NCES LEA id. This is the one
/// table that maps the two; nothing else in the service should hard-code a FIPS code.
/// </summary>
public sealed record UsState
{
    public const string DefaultField = "state";

    /// <summary>
    /// The 50 states, DC, the five inhabited territories, and the Bureau of Indian Education,
    /// which CCD lists as its own jurisdiction (code 59, "BI"; not a USPS code). FIPS leaves
    /// 03, 07, 14, 43 and 52 unassigned, so they are absent. Department of Defense schools are
    /// left out on purpose: they are not districts that could join a US district consortium.
    /// </summary>
    public static IReadOnlyList<UsState> All { get; } =
    [
        new("AL", "01", "Alabama"), new("AK", "02", "Alaska"), new("AZ", "04", "Arizona"),
        new("AR", "05", "Arkansas"), new("CA", "06", "California"), new("CO", "08", "Colorado"),
        new("CT", "09", "Connecticut"), new("DE", "10", "Delaware"),
        new("DC", "11", "District of Columbia"), new("FL", "12", "Florida"),
        new("GA", "13", "Georgia"), new("HI", "15", "Hawaii"), new("ID", "16", "Idaho"),
        new("IL", "17", "Illinois"), new("IN", "18", "Indiana"), new("IA", "19", "Iowa"),
        new("KS", "20", "Kansas"), new("KY", "21", "Kentucky"), new("LA", "22", "Louisiana"),
        new("ME", "23", "Maine"), new("MD", "24", "Maryland"), new("MA", "25", "Massachusetts"),
        new("MI", "26", "Michigan"), new("MN", "27", "Minnesota"), new("MS", "28", "Mississippi"),
        new("MO", "29", "Missouri"), new("MT", "30", "Montana"), new("NE", "31", "Nebraska"),
        new("NV", "32", "Nevada"), new("NH", "33", "New Hampshire"), new("NJ", "34", "New Jersey"),
        new("NM", "35", "New Mexico"), new("NY", "36", "New York"),
        new("NC", "37", "North Carolina"), new("ND", "38", "North Dakota"), new("OH", "39", "Ohio"),
        new("OK", "40", "Oklahoma"), new("OR", "41", "Oregon"), new("PA", "42", "Pennsylvania"),
        new("RI", "44", "Rhode Island"), new("SC", "45", "South Carolina"),
        new("SD", "46", "South Dakota"), new("TN", "47", "Tennessee"), new("TX", "48", "Texas"),
        new("UT", "49", "Utah"), new("VT", "50", "Vermont"), new("VA", "51", "Virginia"),
        new("WA", "53", "Washington"), new("WV", "54", "West Virginia"),
        new("WI", "55", "Wisconsin"), new("WY", "56", "Wyoming"),
        new("BI", "59", "Bureau of Indian Education"), new("AS", "60", "American Samoa"),
        new("GU", "66", "Guam"), new("MP", "69", "Northern Mariana Islands"),
        new("PR", "72", "Puerto Rico"), new("VI", "78", "U.S. Virgin Islands"),
    ];

    private static readonly Dictionary<string, UsState> _byCode =
        All.ToDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, UsState> _byFips =
        All.ToDictionary(s => s.Fips, StringComparer.Ordinal);

    private UsState(string code, string fips, string name)
    {
        Code = code;
        Fips = fips;
        Name = name;
    }

    /// <summary>Two-letter abbreviation, upper case (e.g. <c>CA</c>).</summary>
    public string Code { get; }

    /// <summary>Two-digit state code, zero-padded (e.g. <c>06</c>).</summary>
    public string Fips { get; }

    public string Name { get; }

    /// <summary>Parses a two-letter code (any case); throws <see cref="DomainValidationException"/>.</summary>
    public static UsState Parse(string? code, string field = DefaultField)
    {
        var violations = new Violations();
        var state = TryCreate(code, violations, field);
        violations.ThrowIfAny();
        return state!;
    }

    /// <summary>Parses a two-letter code, recording a violation on <paramref name="field"/> instead of throwing.</summary>
    public static UsState? TryCreate(string? code, Violations violations, string field = DefaultField)
    {
        var cleaned = TextInput.Clean(code);
        if (cleaned is null)
        {
            violations.Add(field, "Enter the district's state as a two-letter code, e.g. CA.");
            return null;
        }

        if (!_byCode.TryGetValue(cleaned, out var state))
        {
            violations.Add(field, $"'{Echo.Of(cleaned)}' is not a US state, DC or territory code.");
            return null;
        }

        return state;
    }

    /// <summary>The jurisdiction with this two-digit code, or <c>null</c> when the code is unassigned.</summary>
    public static UsState? FromFips(string fips) => _byFips.GetValueOrDefault(fips);

    public override string ToString() => Code;
}
