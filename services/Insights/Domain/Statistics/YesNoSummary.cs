namespace Consortium.Insights.Domain.Statistics;

/// <summary>
/// A yes/no target summarised as how many answered and what share said yes. Quartiles of 0s
/// and 1s would be noise; the share is what a superintendent asks ("how many of us have a
/// board-adopted policy?").
/// </summary>
public sealed record YesNoSummary(int Count, int Yes)
{
    public int No => Count - Yes;

    /// <summary>Share of yes answers, 0–100, unrounded.</summary>
    public decimal YesPercent => Yes * 100m / Count;

    public static YesNoSummary Of(IEnumerable<bool> answers)
    {
        var list = answers.ToList();
        return list.Count == 0
            ? throw new ArgumentException("A summary needs at least one answer.", nameof(answers))
            : new YesNoSummary(list.Count, list.Count(a => a));
    }
}
