using Consortium.ServiceDefaults.Domain;

namespace Consortium.Districts.Domain;

/// <summary>
/// The district's NCES Common Core of Data local education agency id (LEAID): seven digits,
/// the first two being the state's FIPS code. It is how members are matched to federal data,
/// so a malformed id would silently break every CCD import; we validate the prefix, not just
/// the shape.
/// </summary>
public sealed record NcesLeaId
{
    public const string DefaultField = "nces_lea_id";

    public const int DigitCount = 7;

    private NcesLeaId(string value, UsState state)
    {
        Value = value;
        State = state;
    }

    /// <summary>The seven digits, leading zeros kept (e.g. <c>0601234</c>).</summary>
    public string Value { get; }

    /// <summary>The jurisdiction named by the FIPS prefix.</summary>
    public UsState State { get; }

    /// <summary>The two-digit FIPS prefix (e.g. <c>06</c>).</summary>
    public string StateFips => Value[..2];

    /// <summary>Parses an id; throws <see cref="DomainValidationException"/>.</summary>
    public static NcesLeaId Parse(string? value, string field = DefaultField)
    {
        var violations = new Violations();
        var id = TryCreate(value, violations, field);
        violations.ThrowIfAny();
        return id!;
    }

    /// <summary>Parses an id, recording a violation on <paramref name="field"/> instead of throwing.</summary>
    public static NcesLeaId? TryCreate(string? value, Violations violations, string field = DefaultField)
    {
        var cleaned = TextInput.Clean(value);
        if (cleaned is null || cleaned.Length != DigitCount || !cleaned.All(char.IsAsciiDigit))
        {
            violations.Add(field, "An NCES LEA id is exactly 7 digits, e.g. 0601234 (keep the leading zero).");
            return null;
        }

        var state = UsState.FromFips(cleaned[..2]);
        if (state is null)
        {
            violations.Add(
                field,
                $"An NCES LEA id starts with the state's two-digit FIPS code; {cleaned[..2]} is not a state code.");
            return null;
        }

        return new NcesLeaId(cleaned, state);
    }

    public override string ToString() => Value;
}
