using Consortium.ServiceDefaults.Domain;

namespace Consortium.Districts.Domain;

/// <summary>
/// A share of students (or respondents) on a 0–100 scale, as CCD and state report cards
/// publish it. Two decimal places is already finer than any source reports; more suggests a
/// 0–1 fraction was multiplied twice or a computed value was pasted unrounded.
/// </summary>
public sealed record Percentage
{
    public const int MaxDecimalPlaces = 2;

    private Percentage(decimal value) => Value = value;

    /// <summary>The percentage, e.g. <c>42.5</c> for 42.5 %.</summary>
    public decimal Value { get; }

    /// <summary>Validates a value; throws <see cref="DomainValidationException"/>.</summary>
    public static Percentage Create(decimal value, string field)
    {
        var violations = new Violations();
        var percentage = TryCreate(value, violations, field);
        violations.ThrowIfAny();
        return percentage!;
    }

    /// <summary>Validates a value, recording a violation on <paramref name="field"/> instead of throwing.</summary>
    public static Percentage? TryCreate(decimal value, Violations violations, string field)
    {
        if (value is < 0m or > 100m)
        {
            violations.Add(field, $"A percentage must be between 0 and 100; {value} is outside that range.");
            return null;
        }

        if (!DecimalRules.HasAtMostDecimalPlaces(value, MaxDecimalPlaces))
        {
            violations.Add(field, $"Round the percentage to at most {MaxDecimalPlaces} decimal places; {value} has more.");
            return null;
        }

        return new Percentage(value);
    }

    public override string ToString() => $"{Value}%";
}
