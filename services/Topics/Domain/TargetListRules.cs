using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Domain.Measures;

namespace Consortium.Topics.Domain;

/// <summary>
/// Rules between the targets of one topic: codes are unique, and a "part of" link names another
/// summable target of the same measure type (same currency for amounts) without going round in
/// a circle — otherwise the submission check "a part is never larger than its whole" could not
/// be applied.
/// </summary>
public static class TargetListRules
{
    public const int MaxTargets = 50;

    /// <summary>
    /// Checks <paramref name="candidate"/> against the topic's <paramref name="others"/> (every
    /// other target, as they will be after the change), reporting under <paramref name="prefix"/>.
    /// </summary>
    /// <param name="replaced">The target the candidate replaces, when a definition is edited.</param>
    public static void Check(IReadOnlyList<Target> others, Target candidate, Target? replaced, Violations violations, string prefix)
    {
        ArgumentNullException.ThrowIfNull(others);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(violations);

        if (others.Any(other => other.Code == candidate.Code))
        {
            violations.Add($"{prefix}.{TargetFields.Code}", $"Another target of this topic already has the code {candidate.Code}.");
        }

        CheckPartOf(others, candidate, violations, $"{prefix}.{TargetFields.PartOfTargetCode}");

        // Targets that name the replaced one as their whole must still be able to.
        if (replaced is not null)
        {
            foreach (var part in others.Where(other => other.PartOfTargetCode == replaced.Code))
            {
                if (candidate.Code != replaced.Code)
                {
                    violations.Add($"{prefix}.{TargetFields.Code}", $"{part.Code} is declared part of {replaced.Code}; change {part.Code} before renaming this code.");
                }
                else if (!SameQuantity(part, candidate))
                {
                    violations.Add($"{prefix}.{TargetFields.MeasureType}", $"{part.Code} is declared part of this target, so both must keep the same measure type{(part.MeasureType == MeasureType.Amount ? " and currency" : string.Empty)}.");
                }
            }
        }
    }

    /// <summary>The codes of targets declared part of the one with <paramref name="code"/>.</summary>
    public static IReadOnlyList<string> PartsOf(IEnumerable<Target> targets, string code) =>
        [.. targets.Where(target => target.PartOfTargetCode == code).Select(target => target.Code)];

    private static void CheckPartOf(IReadOnlyList<Target> others, Target candidate, Violations violations, string field)
    {
        if (candidate.PartOfTargetCode is not { } wholeCode)
        {
            return;
        }

        if (!MeasureValueRules.CanBePartOfWhole(candidate.MeasureType))
        {
            violations.Add(field, "Only percentage, count, amount and ratio targets can be part of another target.");
            return;
        }

        if (wholeCode == candidate.Code)
        {
            violations.Add(field, "A target cannot be part of itself.");
            return;
        }

        var whole = others.FirstOrDefault(other => other.Code == wholeCode);
        if (whole is null)
        {
            violations.Add(field, $"This topic has no target with the code {wholeCode}.");
            return;
        }

        if (!SameQuantity(candidate, whole))
        {
            violations.Add(field, $"{wholeCode} is measured differently ({whole.MeasureType}{(whole.Currency is null ? string.Empty : $" in {whole.Currency}")}); a part and its whole must be measured the same way.");
            return;
        }

        // Follow the chain of wholes: reaching the candidate again means a circle.
        var seen = new HashSet<string>(StringComparer.Ordinal) { candidate.Code };
        for (var current = whole; current is not null; current = others.FirstOrDefault(other => other.Code == current.PartOfTargetCode))
        {
            if (!seen.Add(current.Code) || current.PartOfTargetCode == candidate.Code)
            {
                violations.Add(field, $"Making this part of {wholeCode} would go round in a circle: {wholeCode} is already (part of) a part of it.");
                return;
            }
        }
    }

    private static bool SameQuantity(Target a, Target b) => a.MeasureType == b.MeasureType && a.Currency == b.Currency;
}
