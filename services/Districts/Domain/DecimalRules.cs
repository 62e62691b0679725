namespace Consortium.Districts.Domain;

/// <summary>Precision checks shared by every decimal input (percentages, FTE, scores).</summary>
internal static class DecimalRules
{
    /// <summary>
    /// True when <paramref name="value"/> has no significant digits beyond
    /// <paramref name="places"/>. Trailing zeros do not count (12.500 is 12.5), because a
    /// client's serializer may pad them; only real extra precision is rejected.
    /// </summary>
    public static bool HasAtMostDecimalPlaces(decimal value, int places)
    {
        var rounded = decimal.Round(value, places, MidpointRounding.ToZero);
        return rounded == value;
    }
}
