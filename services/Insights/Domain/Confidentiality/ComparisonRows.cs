namespace Consortium.Insights.Domain.Confidentiality;

/// <summary>
/// Turns contributed values into the individual rows a viewer may see. A district sees named
/// values with names, anonymous values bare, private values not at all, and never its own row
/// (its own value is shown as its position). Rows are ordered by value only (names break ties
/// among named rows), never by id or arrival, so an anonymous row's place in the list cannot hint
/// at who it is.
/// </summary>
public static class ComparisonRows
{
    /// <summary>The order rows are shown in (by value, named before anonymous, then by name and district): a total order, so a row is found by binary search.</summary>
    public static IComparer<SourcedRow> DisplayOrder { get; } = Comparer<SourcedRow>.Create(InDisplayOrder);

    public static IReadOnlyList<ComparisonRow> For(Viewer viewer, IEnumerable<ContributedValue> values) =>
        [.. Sourced(viewer, values).Select(shown => shown.Row)];

    /// <summary>
    /// The same rows in the same order, each with the district it came from, so the service can
    /// audit whose data a page revealed. The district id stays on the server; only
    /// <see cref="SourcedRow.Row"/> is ever sent.
    /// </summary>
    public static IReadOnlyList<SourcedRow> Sourced(Viewer viewer, IEnumerable<ContributedValue> values) =>
        viewer.IsStaff
            ? Ordered(values.Select(v => new SourcedRow(new StaffComparisonRow(v.DistrictId, v.DistrictName, v.NcesLeaId, v.Visibility, v.Value), v.DistrictId)))
            : [.. ForAnyDistrict(values).Where(r => r.DistrictId != viewer.DistrictId)];

    /// <summary>
    /// The rows every district sees, before its own row is left out: removing one row keeps the
    /// order, so a precomputed list serves each district viewer by skipping one index.
    /// </summary>
    public static IReadOnlyList<SourcedRow> ForAnyDistrict(IEnumerable<ContributedValue> values) =>
        Ordered(values.Select(v => ForDistrict(v) is { } row ? new SourcedRow(row, v.DistrictId) : null).OfType<SourcedRow>());

    private static List<SourcedRow> Ordered(IEnumerable<SourcedRow> rows)
    {
        List<SourcedRow> ordered = [.. rows];
        ordered.Sort(DisplayOrder);
        return ordered;
    }

    // By value, named rows before anonymous ones, then by name. Rows that still tie look the same
    // to the viewer (anonymous rows of one value); the district id, never sent, puts them in one
    // order every time, so pages agree and the audit names the same districts for the same page.
    private static int InDisplayOrder(SourcedRow a, SourcedRow b)
    {
        var order = a.Row.Value.CompareTo(b.Row.Value);
        if (order == 0)
        {
            order = (a.Row is AnonymousComparisonRow).CompareTo(b.Row is AnonymousComparisonRow);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(NameOf(a.Row), NameOf(b.Row));
        }

        return order != 0 ? order : a.DistrictId.CompareTo(b.DistrictId);
    }

    private static ComparisonRow? ForDistrict(ContributedValue value) => value.Visibility switch
    {
        Visibility.Named => new NamedComparisonRow(value.DistrictId, value.DistrictName, value.Value),
        Visibility.Anonymous => new AnonymousComparisonRow(value.Value),
        Visibility.Private => null,
        _ => null, // an unknown choice is treated as the most restrictive
    };

    private static string NameOf(ComparisonRow row) => row switch
    {
        NamedComparisonRow named => named.DistrictName,
        StaffComparisonRow staff => staff.DistrictName,
        _ => string.Empty,
    };
}

/// <summary>A row a viewer may see and the district it came from (for the audit, never sent).</summary>
public sealed record SourcedRow(ComparisonRow Row, Guid DistrictId);
