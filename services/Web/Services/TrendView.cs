using System.Globalization;
using Consortium.Contracts.Insights.V1;
using TargetDefinition = Consortium.Contracts.Topics.V1.TargetDefinition;

namespace Consortium.Web.Services;

/// <summary>One cycle of a trend: the district's own value beside the consortium's published median, or why that is withheld.</summary>
public sealed record TrendRow(string Cycle, string SchoolYear, int Half, decimal? Own, decimal? Median, int DistrictCount, string? Withheld);

/// <summary>
/// A district's trend on a target as the Insights service answers it (GetTrend: it decides what
/// may be shown and says why a median is withheld), in the words and numbers a leader reads:
/// yes/no as "Yes"/"No" beside the share of districts that said yes, rubric levels by name.
/// </summary>
public sealed class TrendView
{
    private readonly TargetDefinition? _definition;

    private TrendView(GetTrendResponse response, TargetDefinition? definition)
    {
        _definition = definition;
        MeasureType = response.MeasureType;
        Unit = response.Unit;
        Rows = response.Points.Select(point => new TrendRow(
            point.CycleName,
            point.SchoolYear,
            point.Half,
            Parse(point.Value),
            point.Consortium?.OutcomeCase == GroupMedian.OutcomeOneofCase.Median ? Parse(point.Consortium.Median) : null,
            point.Consortium?.DistrictCount ?? 0,
            point.Consortium?.OutcomeCase == GroupMedian.OutcomeOneofCase.Suppression ? point.Consortium.Suppression.Explanation : null)).ToList();
    }

    public MeasureType MeasureType { get; }

    public string Unit { get; }

    /// <summary>Oldest cycle first.</summary>
    public IReadOnlyList<TrendRow> Rows { get; }

    /// <summary>The topic's definition of the target (for rubric level names) may be missing: levels then show by rank.</summary>
    public static TrendView From(GetTrendResponse response, TargetDefinition? definition = null) => new(response, definition);

    public string FormatOwn(decimal? value) => value switch
    {
        null => "No accepted value",
        { } v when MeasureType == MeasureType.YesNo => v == 1 ? "Yes" : "No",
        { } v when MeasureType == MeasureType.Rubric => Level(v),
        { } v => WithUnit(v),
    };

    public string FormatMedian(TrendRow row) => (row.Median, row.Withheld) switch
    {
        (null, { } why) => $"Not shown: {why}",
        (null, null) => "Not shown",
        ({ } m, _) when MeasureType == MeasureType.YesNo => $"{Number(m)}% said yes",
        ({ } m, _) when MeasureType == MeasureType.Rubric => Level(m),
        ({ } m, _) => WithUnit(m),
    };

    /// <summary>Where a value sits on the chart's vertical axis: yes/no answers on the same 0–100 as the share of yes.</summary>
    public decimal? Plotted(decimal? value, bool isOwn) =>
        value is { } v && isOwn && MeasureType == MeasureType.YesNo ? v * 100 : value;

    private string Level(decimal rank)
    {
        var index = (int)Math.Round(rank, MidpointRounding.AwayFromZero) - 1;
        var label = _definition is not null && index >= 0 && index < _definition.RubricLevels.Count && rank == Math.Round(rank)
            ? $" ({_definition.RubricLevels[index].Label})"
            : "";
        return $"Level {Number(rank)}{label}";
    }

    private string WithUnit(decimal value) => MeasureType == MeasureType.Percentage
        ? $"{Number(value)}%"
        : Unit.Length > 0 ? $"{Number(value)} {Unit}" : Number(value);

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static decimal? Parse(Google.Type.Decimal? value) =>
        value is not null && decimal.TryParse(value.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
}
