using System.Collections;

namespace Consortium.Insights.Domain.Confidentiality;

/// <summary>
/// <see cref="RowDisclosure"/> prepared once for a group, for every viewer: the ordered rows staff
/// see, the rows any district sees and the named rows alone, and the counts the rule needs. A
/// viewer's answer is then a matter of adjusting the counts by its own value and leaving its own
/// row out (one index), so serving a page costs O(page) however many districts contributed. It
/// gives exactly what <see cref="RowDisclosure.For"/> gives for the same values and viewer.
/// </summary>
public sealed class PreparedRows
{
    private readonly SuppressionFloor _floor;
    private readonly Dictionary<Guid, Visibility> _visibilityOf;
    private readonly int _hidden;
    private readonly int _anonymous;
    private readonly Lazy<IndexedRows> _staff;
    private readonly Lazy<IndexedRows> _anyDistrict;
    private readonly Lazy<IndexedRows> _named;

    public PreparedRows(IReadOnlyCollection<ContributedValue> aggregated, SuppressionFloor floor)
    {
        ArgumentNullException.ThrowIfNull(aggregated);
        ArgumentNullException.ThrowIfNull(floor);
        _floor = floor;
        _visibilityOf = aggregated.ToDictionary(v => v.DistrictId, v => v.Visibility);
        _hidden = aggregated.Count(v => IsHidden(v.Visibility));
        _anonymous = aggregated.Count(v => v.Visibility == Visibility.Anonymous);
        _staff = new(() => new IndexedRows(ComparisonRows.Sourced(Viewer.Staff, aggregated)));
        _anyDistrict = new(() => new IndexedRows(ComparisonRows.ForAnyDistrict(aggregated)));
        _named = new(() => new IndexedRows([.. _anyDistrict.Value.Rows.Where(r => r.Row is NamedComparisonRow)]));
    }

    /// <summary>The rows <paramref name="viewer"/> may see, in order, and which kinds were held back.</summary>
    public (IReadOnlyList<SourcedRow> Rows, RowsWithheld Withheld) For(Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.IsStaff)
        {
            return (_staff.Value.Rows, RowsWithheld.None);
        }

        // The viewer's own value is not hidden from it, nor shown to it as a row.
        Visibility? own = _visibilityOf.TryGetValue(viewer.DistrictId!.Value, out var visibility) ? visibility : null;
        var hidden = _hidden - (own is { } o && IsHidden(o) ? 1 : 0);
        var anonymous = _anonymous - (own == Visibility.Anonymous ? 1 : 0);
        return RowDisclosure.Decide(hidden, anonymous, _floor) switch
        {
            RowsWithheld.None => (_anyDistrict.Value.Without(viewer.DistrictId.Value), RowsWithheld.None),
            RowsWithheld.Anonymous => (_named.Value.Without(viewer.DistrictId.Value), RowsWithheld.Anonymous),
            _ => ([], RowsWithheld.All),
        };
    }

    private static bool IsHidden(Visibility visibility) => visibility is not (Visibility.Named or Visibility.Anonymous);

    /// <summary>Ordered rows with the position of each district's row.</summary>
    private sealed class IndexedRows(IReadOnlyList<SourcedRow> rows)
    {
        private readonly Dictionary<Guid, int> _indexOf = rows.Select((row, index) => (row.DistrictId, index)).ToDictionary(r => r.DistrictId, r => r.index);

        public IReadOnlyList<SourcedRow> Rows { get; } = rows;

        public IReadOnlyList<SourcedRow> Without(Guid district) =>
            _indexOf.TryGetValue(district, out var index) ? new ListWithout(Rows, index) : Rows;
    }

    /// <summary>A list seen without one of its items, without copying it.</summary>
    private sealed class ListWithout(IReadOnlyList<SourcedRow> items, int left) : IReadOnlyList<SourcedRow>
    {
        public int Count => items.Count - 1;

        public SourcedRow this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfNegative(index);
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
                return items[index < left ? index : index + 1];
            }
        }

        public IEnumerator<SourcedRow> GetEnumerator()
        {
            for (var index = 0; index < Count; index++)
            {
                yield return this[index];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
