using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Domain.Confidentiality;
using Consortium.Insights.Domain.Statistics;
using Consortium.ServiceDefaults.Grpc;
using MeasureType = Consortium.ServiceDefaults.Domain.Measures.MeasureType;

namespace Consortium.Insights.Api;

/// <summary>
/// Everything about a target's comparison over one group that does not depend on who asks,
/// prepared once per read-model generation and kept in the process (<see cref="LocalAnswers"/>):
/// the group the differencing guard checks, the figures, the values in ascending order for
/// positions, and the rows ready for every viewer. A request then does O(page + log n) work.
/// </summary>
internal sealed class PreparedComparison
{
    private readonly Dictionary<Guid, decimal> _valueOf;

    public PreparedComparison(GroupValues values, MeasureType measureType, SuppressionFloor floor)
    {
        GroupSize = values.GroupSize;
        Group = new DistrictSet(values.Contributors.Select(c => c.DistrictId));
        _valueOf = values.Contributors.ToDictionary(c => c.DistrictId, c => c.Value);
        Figures = FiguresOf(measureType, values);
        AscendingValues = [.. values.Contributors.Select(c => c.Value).Order()];
        Rows = new PreparedRows([.. values.Contributors.Select(c => c.ToContributed())], floor);
    }

    public int GroupSize { get; }

    /// <summary>The districts whose values entered the figures.</summary>
    public DistrictSet Group { get; }

    /// <summary>Shared by every answer built from this preparation: copy before changing.</summary>
    public Figures Figures { get; }

    public IReadOnlyList<decimal> AscendingValues { get; }

    public PreparedRows Rows { get; }

    /// <summary>The district's value as it entered these figures, or null when it is not in the group.</summary>
    public decimal? ValueOf(Guid district) => _valueOf.TryGetValue(district, out var value) ? value : null;

    private static Figures FiguresOf(MeasureType measureType, GroupValues values)
    {
        var figures = new Figures { DistrictCount = values.SortedValues.Count };
        if (measureType == MeasureType.YesNo)
        {
            figures.YesNo = new YesNoFigures { YesPercent = new YesNoSummary(values.SortedValues.Count, values.YesCount).YesPercent.ToProto() };
        }
        else
        {
            figures.Numeric = MeasureSummary.Distribution(measureType, values.SortedValues).ToProto();
        }

        return figures;
    }
}
