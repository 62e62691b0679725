namespace Consortium.Insights.Domain.Confidentiality;

/// <summary>
/// Decides which individual rows may stand beside an aggregate. The aggregate covers every
/// counting value, private ones included; if a viewer also sees all but a few of those values
/// individually, the mean (or any order statistic) gives the few away: with 12 values, a mean
/// and 11 visible rows, the 12th is simply 12·mean − Σ rows. So the values a viewer cannot see
/// must number none or at least k. When 1…k−1 are hidden, anonymous rows are withheld first
/// (each adds to the hidden group, and a bare value helps a peer least); if that still leaves
/// fewer than k hidden, named rows are withheld too and the aggregate stands alone. The viewer's
/// own value is not "hidden" from them. Staff see every row (they review submissions).
/// </summary>
public static class RowDisclosure
{
    public static DisclosedRows For(Viewer viewer, IReadOnlyCollection<ContributedValue> aggregated, SuppressionFloor floor)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(aggregated);
        ArgumentNullException.ThrowIfNull(floor);

        if (viewer.IsStaff)
        {
            return DisclosedRows.Of(ComparisonRows.Sourced(viewer, aggregated), RowsWithheld.None);
        }

        var others = aggregated.Where(v => v.DistrictId != viewer.DistrictId).ToList();
        var hidden = others.Count(v => v.Visibility is not (Visibility.Named or Visibility.Anonymous));
        var anonymous = others.Count(v => v.Visibility == Visibility.Anonymous);
        return Decide(hidden, anonymous, floor) switch
        {
            RowsWithheld.None => DisclosedRows.Of(ComparisonRows.Sourced(viewer, aggregated), RowsWithheld.None),
            RowsWithheld.Anonymous => DisclosedRows.Of(
                ComparisonRows.Sourced(viewer, [.. aggregated.Where(v => v.Visibility != Visibility.Anonymous)]), RowsWithheld.Anonymous),
            _ => new DisclosedRows([], RowsWithheld.All),
        };
    }

    /// <summary>
    /// The rule on counts alone, for a district viewer: <paramref name="hiddenOthers"/> values of
    /// other districts it cannot see individually, <paramref name="anonymousOthers"/> it sees
    /// bare. Lets a precomputed comparison decide per viewer without walking every value.
    /// </summary>
    public static RowsWithheld Decide(int hiddenOthers, int anonymousOthers, SuppressionFloor floor)
    {
        ArgumentNullException.ThrowIfNull(floor);
        if (hiddenOthers == 0 || hiddenOthers >= floor.K)
        {
            return RowsWithheld.None;
        }

        return hiddenOthers + anonymousOthers >= floor.K ? RowsWithheld.Anonymous : RowsWithheld.All;
    }
}

/// <summary>The rows a viewer may see and which kinds were held back to protect private values.</summary>
public sealed record DisclosedRows(IReadOnlyList<ComparisonRow> Rows, RowsWithheld Withheld)
{
    /// <summary>Where each row came from, in the same order, for the read audit only (never sent).</summary>
    public IReadOnlyList<Guid> Sources { get; private init; } = [];

    public static DisclosedRows Of(IReadOnlyList<SourcedRow> rows, RowsWithheld withheld) =>
        new([.. rows.Select(r => r.Row)], withheld) { Sources = [.. rows.Select(r => r.DistrictId)] };

    /// <summary>Words for the person reading the comparison; null when nothing was held back.</summary>
    public string? Explanation => ExplanationOf(Withheld);

    /// <summary>Words for the person reading the comparison; null when nothing was held back.</summary>
    public static string? ExplanationOf(RowsWithheld withheld) => withheld switch
    {
        RowsWithheld.Anonymous => "Anonymous values are not listed here: with them, the summary would reveal the few districts that keep their values private.",
        RowsWithheld.All => "Individual values are not listed here: with them, the summary would reveal the few districts that keep their values private.",
        _ => null,
    };
}

/// <summary>Which individual rows were held back beside an aggregate (stable codes).</summary>
public enum RowsWithheld
{
    None = 0,

    /// <summary>Anonymous rows were held back; named rows are shown.</summary>
    Anonymous = 1,

    /// <summary>No individual rows are shown; the aggregate stands alone.</summary>
    All = 2,
}
