using System.Globalization;
using Consortium.ServiceDefaults.Domain;
using Google.Protobuf.WellKnownTypes;
using ProtoDate = Google.Type.Date;
using ProtoDecimal = Google.Type.Decimal;

namespace Consortium.ServiceDefaults.Grpc;

/// <summary>
/// Conversions between API wire types and domain types. Parsing failures are reported as field
/// violations on the field the caller sent, never as a generic error.
/// </summary>
public static class ProtoConversions
{
    public static Guid ParseId(string value, string field, Violations violations)
    {
        if (Guid.TryParse(value, out var id) && id != Guid.Empty)
        {
            return id;
        }

        violations.Add(field, string.IsNullOrWhiteSpace(value) ? "is required." : $"'{Echo.Of(value)}' is not a valid id (a UUID).");
        return Guid.Empty;
    }

    /// <summary>Parses an id that must be valid, failing at once (for single-field requests such as Get).</summary>
    public static Guid ParseId(string value, string field)
    {
        var violations = new Violations();
        var id = ParseId(value, field, violations);
        violations.ThrowIfAny();
        return id;
    }

    public static decimal? ToDecimal(ProtoDecimal? value, string field, Violations violations)
    {
        if (value is null || string.IsNullOrWhiteSpace(value.Value))
        {
            return null;
        }

        if (decimal.TryParse(value.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        violations.Add(field, $"'{Echo.Of(value.Value)}' is not a decimal number (use digits with an optional '.', e.g. \"12.5\").");
        return null;
    }

    public static decimal RequireDecimal(ProtoDecimal? value, string field, Violations violations)
    {
        var result = ToDecimal(value, field, violations);
        if (result is null && (value is null || string.IsNullOrWhiteSpace(value.Value)))
        {
            violations.Add(field, "is required.");
        }

        return result ?? 0m;
    }

    /// <summary>Writes a decimal without trailing zeros ("38.5", not "38.50" as PostgreSQL's numeric(5,2) returns it).</summary>
    public static ProtoDecimal ToProto(this decimal value) =>
        new() { Value = (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) };

    public static DateOnly? ToDateOnly(ProtoDate? value, string field, Violations violations)
    {
        if (value is null || (value.Year == 0 && value.Month == 0 && value.Day == 0))
        {
            return null;
        }

        try
        {
            return new DateOnly(value.Year, value.Month, value.Day);
        }
        catch (ArgumentOutOfRangeException)
        {
            violations.Add(field, $"{value.Year:0000}-{value.Month:00}-{value.Day:00} is not a calendar date.");
            return null;
        }
    }

    public static ProtoDate ToProto(this DateOnly value) => new() { Year = value.Year, Month = value.Month, Day = value.Day };

    public static Timestamp ToProto(this DateTimeOffset value) => Timestamp.FromDateTimeOffset(value);
}
