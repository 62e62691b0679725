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
    public static IReadOnlyList<ComparisonRow> For(Viewer viewer, IEnumerable<ContributedValue> values)
    {
        var rows = viewer.IsStaff
            ? values.Select(v => (ComparisonRow)new StaffComparisonRow(v.DistrictId, v.DistrictName, v.NcesLeaId, v.Visibility, v.Value))
            : values.Where(v => v.DistrictId != viewer.DistrictId).Select(ForDistrict).OfType<ComparisonRow>();

        return [.. rows.OrderBy(r => r.Value).ThenBy(r => r is AnonymousComparisonRow ? 1 : 0).ThenBy(NameOf, StringComparer.Ordinal)];
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
