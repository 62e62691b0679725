using System.Globalization;
using Consortium.Contracts.Topics.V1;
using SubmissionValue = Consortium.Contracts.Submissions.V1.TargetValue;

namespace Consortium.Web.Bulk;

/// <summary>One rejected row of an upload: its line in the file, and what is wrong.</summary>
public sealed record RowError(int Line, string TargetCode, string Message);

/// <summary>The outcome of reading an upload: the values, or every row's error (then nothing is saved).</summary>
public sealed record BulkReadResult(IReadOnlyList<SubmissionValue> Values, IReadOnlyList<RowError> Errors)
{
    public bool IsValid => Errors.Count == 0 && Values.Count > 0;
}

/// <summary>
/// Bulk entry of a topic's target values: the template a lead downloads (one row per target,
/// with its definition's limits), and reading it back with the same checks the Submissions
/// service makes, so every bad row is named at once before anything is sent.
/// </summary>
public static class BulkValues
{
    public static readonly string[] Header = ["target_code", "target_name", "measure", "allowed", "value"];

    /// <summary>The template as CSV.</summary>
    public static string Template(Topic topic, IReadOnlyDictionary<string, string>? currentValues = null) =>
        Csv.Write(TemplateRows(topic, currentValues));

    /// <summary>The same template as an Excel workbook; every cell is text, so what a lead types stays as typed.</summary>
    public static byte[] TemplateXlsx(Topic topic, IReadOnlyDictionary<string, string>? currentValues = null) =>
        Xlsx.Write(topic.Title, TemplateRows(topic, currentValues), allText: true);

    private static IEnumerable<IEnumerable<string?>> TemplateRows(Topic topic, IReadOnlyDictionary<string, string>? currentValues) =>
        new[] { Header }.Concat(topic.Targets.Select(target => new[]
        {
            target.Definition.Code,
            target.Definition.Name,
            MeasureName(target.Definition.MeasureType),
            Allowed(target.Definition),
            currentValues?.GetValueOrDefault(target.Definition.Code) ?? "",
        }));

    /// <summary>Reads an uploaded CSV file.</summary>
    public static BulkReadResult Read(Topic topic, string csvText) => Read(topic, Csv.Read(csvText));

    /// <summary>
    /// Reads an upload's rows (from CSV or from an Excel sheet: the same columns, the same checks);
    /// a row's index + 1 is the line or sheet row it is named by.
    /// </summary>
    public static BulkReadResult Read(Topic topic, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var errors = new List<RowError>();
        var values = new List<SubmissionValue>();
        if (rows.Count == 0)
        {
            return new BulkReadResult(values, [new RowError(1, "", "The file is empty. Start from the template.")]);
        }

        var header = rows[0].Select(column => column.Trim().ToLowerInvariant()).ToList();
        var codeColumn = header.IndexOf("target_code");
        var valueColumn = header.IndexOf("value");
        if (codeColumn < 0 || valueColumn < 0)
        {
            return new BulkReadResult(values, [new RowError(1, "", "The first line must name the columns target_code and value, as the template does.")]);
        }

        var targets = topic.Targets.ToDictionary(target => target.Definition.Code, StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var index = 1; index < rows.Count; index++)
        {
            var row = rows[index];
            var line = index + 1;
            if (row.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var code = Cell(row, codeColumn);
            var raw = Cell(row, valueColumn);
            if (!targets.TryGetValue(code, out var target))
            {
                errors.Add(new RowError(line, code, $"No target \"{code}\" in the topic \"{topic.Title}\"."));
                continue;
            }

            if (!seen.Add(code))
            {
                errors.Add(new RowError(line, code, "This target appears twice in the file; give it once."));
                continue;
            }

            if (raw.Length == 0)
            {
                // An empty value leaves the target unanswered (the service clears it).
                values.Add(new SubmissionValue { TargetCode = target.Definition.Code });
                continue;
            }

            var (value, message) = Parse(target.Definition, raw);
            if (message is not null)
            {
                errors.Add(new RowError(line, target.Definition.Code, message));
            }
            else
            {
                values.Add(value!);
            }
        }

        if (errors.Count == 0 && values.Count == 0)
        {
            errors.Add(new RowError(2, "", "The file has no rows with a target."));
        }

        return new BulkReadResult(errors.Count == 0 ? values : [], errors);
    }

    /// <summary>One typed value from its text, or why it is not valid for the target.</summary>
    public static (SubmissionValue? Value, string? Error) Parse(TargetDefinition definition, string raw)
    {
        var value = new SubmissionValue { TargetCode = definition.Code };
        raw = raw.Trim();
        switch (definition.MeasureType)
        {
            case MeasureType.YesNo:
                bool? yes = raw.ToLowerInvariant() switch { "yes" or "y" or "true" or "1" => true, "no" or "n" or "false" or "0" => false, _ => null };
                if (yes is null)
                {
                    return (null, $"\"{raw}\" is not yes or no.");
                }

                value.YesNo = yes.Value;
                return (value, null);
            case MeasureType.Text:
                if (raw.Length > 4000)
                {
                    return (null, "Text is at most 4,000 characters.");
                }

                value.Text = raw;
                return (value, null);
            case MeasureType.Rubric:
                var levels = definition.RubricLevels;
                var level = int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var rank)
                    ? levels.FirstOrDefault(candidate => candidate.Rank == rank)
                    : levels.FirstOrDefault(candidate => string.Equals(candidate.Label, raw, StringComparison.OrdinalIgnoreCase));
                if (level is null)
                {
                    return (null, $"\"{raw}\" is not a level of this rubric ({string.Join(", ", levels.Select(l => $"{l.Rank} {l.Label}"))}).");
                }

                value.RubricRank = level.Rank;
                return (value, null);
        }

        var number = raw.TrimEnd('%').Trim();
        if (!decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return (null, $"\"{raw}\" is not a number.");
        }

        var error = definition.MeasureType switch
        {
            MeasureType.Percentage when amount is < 0 or > 100 => "A percentage is between 0 and 100.",
            MeasureType.Count when amount < 0 || decimal.Truncate(amount) != amount => "A count is a whole number, 0 or more.",
            MeasureType.Amount or MeasureType.Ratio when amount < 0 => "The value is 0 or more.",
            MeasureType.Scale when Bound(definition.ScaleMin) is { } min && Bound(definition.ScaleMax) is { } max && (amount < min || amount > max)
                => $"The scale runs from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}.",
            _ => null,
        };
        if (error is not null)
        {
            return (null, error);
        }

        value.Number = new Google.Type.Decimal { Value = amount.ToString(CultureInfo.InvariantCulture) };
        return (value, null);
    }

    public static string MeasureName(MeasureType type) => type switch
    {
        MeasureType.Percentage => "percentage",
        MeasureType.Count => "count",
        MeasureType.Amount => "amount",
        MeasureType.Ratio => "ratio",
        MeasureType.Scale => "scale",
        MeasureType.Rubric => "rubric",
        MeasureType.YesNo => "yes/no",
        MeasureType.Text => "text",
        _ => "unknown",
    };

    public static string Allowed(TargetDefinition definition) => definition.MeasureType switch
    {
        MeasureType.Percentage => "0 to 100",
        MeasureType.Count => "whole number, 0 or more",
        MeasureType.Amount => $"0 or more ({definition.Currency})",
        MeasureType.Ratio => "0 or more",
        MeasureType.Scale => $"{definition.ScaleMin?.Value} to {definition.ScaleMax?.Value}",
        MeasureType.Rubric => string.Join("; ", definition.RubricLevels.Select(level => $"{level.Rank} = {level.Label}")),
        MeasureType.YesNo => "yes or no",
        MeasureType.Text => "text, up to 4,000 characters",
        _ => "",
    };

    private static decimal? Bound(Google.Type.Decimal? value) =>
        value is not null && decimal.TryParse(value.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var bound) ? bound : null;

    private static string Cell(IReadOnlyList<string> row, int column) => column < row.Count ? row[column].Trim() : "";
}
