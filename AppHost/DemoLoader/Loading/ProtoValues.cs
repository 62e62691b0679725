using System.Globalization;

namespace Consortium.DemoLoader.Loading;

/// <summary>The protobuf shapes of decimals and calendar dates.</summary>
internal static class ProtoValues
{
    public static Google.Type.Decimal Decimal(decimal value) => new() { Value = value.ToString(CultureInfo.InvariantCulture) };

    public static Google.Type.Decimal? Decimal(decimal? value) => value is { } known ? Decimal(known) : null;

    public static Google.Type.Date Date(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };
}
