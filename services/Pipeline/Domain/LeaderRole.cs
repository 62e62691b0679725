using System.Text.RegularExpressions;
using Consortium.ServiceDefaults.Domain;

namespace Consortium.Pipeline.Domain;

/// <summary>
/// A leadership role leaders hold and are assessed for: a descriptor list seeded with the roles
/// of a typical district ladder, which staff may extend (e.g. "dean of students").
/// </summary>
public sealed partial class LeaderRole
{
    public const int CodeMaxLength = 50;
    public const int LabelMaxLength = 100;

    /// <summary>The seeded ladder, from school-level to system-level roles.</summary>
    public static readonly IReadOnlyList<LeaderRole> Defaults =
    [
        new("teacher-leader", "Teacher leader", 10),
        new("instructional-coach", "Instructional coach", 20),
        new("assistant-principal", "Assistant principal", 30),
        new("principal", "Principal", 40),
        new("principal-supervisor", "Principal supervisor", 50),
        new("central-office-director", "Central office director", 60),
        new("cabinet", "Cabinet", 70),
        new("superintendent", "Superintendent", 80),
    ];

    private LeaderRole(string code, string label, int sortOrder)
    {
        Code = code;
        Label = label;
        SortOrder = sortOrder;
    }

    public string Code { get; private set; }

    public string Label { get; private set; }

    /// <summary>Position in lists; staff-added roles go after the existing ones.</summary>
    public int SortOrder { get; private set; }

    public static LeaderRole Create(string? code, string? label, int sortOrder)
    {
        var violations = new Violations();
        var cleanCode = TextInput.Clean(code)?.ToLowerInvariant();
        var cleanLabel = TextInput.Clean(label);
        violations.Require(
            cleanCode is { Length: >= 2 and <= CodeMaxLength } && CodePattern().IsMatch(cleanCode),
            "code",
            $"Use 2–{CodeMaxLength} lowercase letters, digits and hyphens, e.g. \"dean-of-students\".");
        violations.Require(cleanLabel is { Length: >= 2 and <= LabelMaxLength }, "label", $"Give a readable name of 2–{LabelMaxLength} characters.");
        violations.ThrowIfAny();
        return new LeaderRole(cleanCode!, cleanLabel!, sortOrder);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
