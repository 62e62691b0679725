using System.Text.RegularExpressions;
using Consortium.ServiceDefaults.Domain;

namespace Consortium.Pipeline.Domain;

/// <summary>
/// A competency of the consortium's leadership standards framework (staff-defined), grouped by
/// standards domain, e.g. "Equity leadership" › "Uses data to close opportunity gaps".
/// </summary>
public sealed partial class Competency
{
    public const int CodeMaxLength = 50;
    public const int DomainMaxLength = 100;
    public const int LabelMaxLength = 200;
    public const int DescriptionMaxLength = 2000;

    // For EF Core materialization only.
    private Competency()
    {
        Code = string.Empty;
        Domain = string.Empty;
        Label = string.Empty;
    }

    public string Code { get; private set; }

    public string Domain { get; private set; }

    public string Label { get; private set; }

    public string? Description { get; private set; }

    public int SortOrder { get; private set; }

    public static Competency Define(string? code, string? domain, string? label, string? description, int sortOrder)
    {
        var violations = new Violations();
        var cleanCode = TextInput.Clean(code)?.ToLowerInvariant();
        violations.Require(
            cleanCode is { Length: >= 2 and <= CodeMaxLength } && CodePattern().IsMatch(cleanCode),
            "code",
            $"Use 2–{CodeMaxLength} lowercase letters, digits and hyphens, e.g. \"instructional-improvement\".");
        var cleanDomain = TextInput.Clean(domain);
        violations.Require(cleanDomain is { Length: >= 2 and <= DomainMaxLength }, "domain", $"Name the standards domain (2–{DomainMaxLength} characters), e.g. \"Instructional leadership\".");
        var cleanLabel = TextInput.Clean(label);
        violations.Require(cleanLabel is { Length: >= 2 and <= LabelMaxLength }, "label", $"Name the competency (2–{LabelMaxLength} characters).");
        var cleanDescription = TextInput.Clean(description);
        violations.Require(cleanDescription is null || cleanDescription.Length <= DescriptionMaxLength, "description", $"Keep the description to {DescriptionMaxLength} characters or fewer.");
        violations.ThrowIfAny();
        return new Competency { Code = cleanCode!, Domain = cleanDomain!, Label = cleanLabel!, Description = cleanDescription, SortOrder = sortOrder };
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
