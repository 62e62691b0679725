using Consortium.ServiceDefaults.Domain;

namespace Consortium.Submissions.Domain;

/// <summary>
/// Applies rows of target values (a form, or a spreadsheet import) to a submission's values:
/// all or nothing, with one violation per bad row named <c>values[row]</c> so an importer can
/// point at the spreadsheet line. Each present value must fit its measure type even in a
/// draft; only completeness and the logic between values wait until submission.
/// </summary>
internal static class TargetValueRows
{
    public static IReadOnlyList<TargetValue> Apply(
        IReadOnlyList<TargetDefinition> targets,
        IReadOnlyList<TargetValue> current,
        IReadOnlyList<TargetValueInput> rows,
        bool replaceAll,
        Violations violations)
    {
        var byCode = targets.ToDictionary(target => target.Code, StringComparer.OrdinalIgnoreCase);
        var result = replaceAll
            ? new Dictionary<string, TargetValue>(StringComparer.Ordinal)
            : current.ToDictionary(value => value.TargetCode, StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);

        for (var row = 0; row < rows.Count; row++)
        {
            var input = rows[row];
            var field = SubmissionFields.ValueRow(row);
            var code = TextInput.Clean(input.TargetCode);
            if (code is null)
            {
                violations.Add(field, "Say which target this value is for (its code, e.g. SV-COURSE-DESIGN).");
                continue;
            }

            if (!byCode.TryGetValue(code, out var target))
            {
                violations.Add(field, $"This topic has no target '{Echo.Of(code)}'. Its targets are: {string.Join(", ", targets.Select(t => t.Code))}.");
                continue;
            }

            if (seen.TryGetValue(target.Code, out var earlier))
            {
                violations.Add(field, $"{target.Code} is given twice (also in row {earlier}); give each target once.");
                continue;
            }

            seen[target.Code] = row;
            if (input.Unreadable is not null)
            {
                violations.Add(field, $"{target.Code}: {input.Unreadable}");
                continue;
            }

            if (input.IsEmpty)
            {
                result.Remove(target.Code);
                continue;
            }

            var (value, problem) = TargetValueRules.Check(target, input);
            if (problem is not null)
            {
                violations.Add(field, problem);
                continue;
            }

            result[target.Code] = value!;
        }

        // In the topic's order, so every reader sees the same sequence.
        return [.. targets.Where(target => result.ContainsKey(target.Code)).Select(target => result[target.Code])];
    }
}
