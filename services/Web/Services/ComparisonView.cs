using System.Globalization;
using Consortium.Contracts.Insights.V1;

namespace Consortium.Web.Services;

/// <summary>One dot of the strip plot: a value, its label (empty when anonymous), and whether it is the reader's own district.</summary>
public sealed record PlotPoint(decimal Value, string Label, bool IsOwn);

/// <summary>A comparison as the page shows it: the dots, the quartile box where given, and sentences for what is withheld.</summary>
public sealed record ComparisonView(IReadOnlyList<PlotPoint> Points, decimal? Q1, decimal? Median, decimal? Q3, int? DistrictCount, int GroupSize, IReadOnlyList<string> Notes)
{
    public static ComparisonView From(CompareTargetResponse response)
    {
        var points = new List<PlotPoint>();
        foreach (var row in response.Rows)
        {
            var (value, label) = row.RowCase switch
            {
                ComparisonRow.RowOneofCase.Named => (row.Named.Value, row.Named.DistrictName),
                ComparisonRow.RowOneofCase.Staff => (row.Staff.Value, row.Staff.DistrictName),
                ComparisonRow.RowOneofCase.Anonymous => (row.Anonymous.Value, ""),
                _ => (null, ""),
            };
            if (Number(value) is { } number)
            {
                points.Add(new PlotPoint(number, label, false));
            }
        }

        if (Number(response.Own?.Value) is { } own)
        {
            points.Add(new PlotPoint(own, "Your district", true));
        }

        var notes = new List<string>();
        if (response.Suppression is { } suppression)
        {
            notes.Add(suppression.Explanation);
        }

        var figures = response.Figures;
        foreach (var note in new[] { figures?.StatisticsWithheldExplanation, figures?.UnnamedLeftOutExplanation, response.RowsWithheldExplanation, response.EarlierGroup?.Explanation })
        {
            if (!string.IsNullOrWhiteSpace(note))
            {
                notes.Add(note);
            }
        }

        var numeric = figures?.Numeric;
        return new ComparisonView(points.OrderBy(point => point.Value).ToList(), Number(numeric?.Q1), Number(numeric?.Median), Number(numeric?.Q3), figures?.DistrictCount, response.GroupSize, notes);
    }

    public static decimal? Number(Google.Type.Decimal? value) =>
        value is not null && decimal.TryParse(value.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null;
}
