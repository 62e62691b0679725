using System.Collections;
using Consortium.Insights.Domain.Collections;

namespace Consortium.Insights.Domain.Confidentiality;

/// <summary>
/// <see cref="RowDisclosure"/> prepared once for a group, for every viewer: the ordered rows staff
/// see, the rows any district sees and the named rows alone, and the counts the rule needs. A
/// viewer's answer is then a matter of adjusting the counts by its own value and leaving its own
/// row out (found by binary search), so serving a page costs O(page + log n) however many
/// districts contributed. It gives exactly what <see cref="RowDisclosure.For"/> gives for the same
/// values and viewer. <see cref="With"/> gives the rows of a few values changed without ordering
/// every row again.
/// </summary>
public sealed class PreparedRows
{
    private static readonly Comparer<ContributedValue> s_byDistrict = Comparer<ContributedValue>.Create((a, b) => a.DistrictId.CompareTo(b.DistrictId));

    private readonly SuppressionFloor _floor;
    private readonly ContributedValue[] _byDistrict;
    private readonly int _hidden;
    private readonly int _anonymous;
    private readonly Lazy<IndexedRows> _staff;
    private readonly Lazy<IndexedRows> _anyDistrict;
    private readonly Lazy<IndexedRows> _named;

    public PreparedRows(IReadOnlyCollection<ContributedValue> aggregated, SuppressionFloor floor)
        : this(ByDistrict(aggregated), floor, null, null)
    {
    }

    // Lists already ordered are taken as they are; the others are ordered when first asked for.
    private PreparedRows(ContributedValue[] byDistrict, SuppressionFloor floor, IndexedRows? staff, IndexedRows? anyDistrict)
    {
        ArgumentNullException.ThrowIfNull(floor);
        _floor = floor;
        _byDistrict = byDistrict;
        _hidden = byDistrict.Count(v => IsHidden(v.Visibility));
        _anonymous = byDistrict.Count(v => v.Visibility == Visibility.Anonymous);
        _staff = staff is not null ? new(staff) : new(() => new IndexedRows(ComparisonRows.Sourced(Viewer.Staff, byDistrict)));
        _anyDistrict = anyDistrict is not null ? new(anyDistrict) : new(() => new IndexedRows(ComparisonRows.ForAnyDistrict(byDistrict)));
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
        var own = Find(viewer.DistrictId!.Value);
        var hidden = _hidden - (own is not null && IsHidden(own.Visibility) ? 1 : 0);
        var anonymous = _anonymous - (own?.Visibility == Visibility.Anonymous ? 1 : 0);
        var ownRow = own is null ? null : ComparisonRows.ForAnyDistrict([own]) is [var row] ? row : null;
        return RowDisclosure.Decide(hidden, anonymous, _floor) switch
        {
            RowsWithheld.None => (_anyDistrict.Value.Without(ownRow), RowsWithheld.None),
            RowsWithheld.Anonymous => (_named.Value.Without(ownRow), RowsWithheld.Anonymous),
            _ => ([], RowsWithheld.All),
        };
    }

    /// <summary>
    /// These rows with <paramref name="removed"/> values taken out and <paramref name="added"/>
    /// put in (a district whose value changed is in both): the same rows as prepared anew from the
    /// resulting values, with each list already ordered kept ordered by binary search instead of
    /// being ordered again. <paramref name="removed"/> must be values of these rows.
    /// </summary>
    public PreparedRows With(IReadOnlyCollection<ContributedValue> removed, IReadOnlyCollection<ContributedValue> added)
    {
        ArgumentNullException.ThrowIfNull(removed);
        ArgumentNullException.ThrowIfNull(added);
        var byDistrict = SortedEdit.Apply(_byDistrict, removed, added, s_byDistrict);
        IndexedRows? staff = _staff.IsValueCreated
            ? _staff.Value.With(ComparisonRows.Sourced(Viewer.Staff, removed), ComparisonRows.Sourced(Viewer.Staff, added))
            : null;
        IndexedRows? anyDistrict = _anyDistrict.IsValueCreated
            ? _anyDistrict.Value.With(ComparisonRows.ForAnyDistrict(removed), ComparisonRows.ForAnyDistrict(added))
            : null;
        return new PreparedRows(byDistrict, _floor, staff, anyDistrict);
    }

    private ContributedValue? Find(Guid district) =>
        SortedEdit.IndexOf(_byDistrict, v => v.DistrictId.CompareTo(district)) is var index and >= 0 ? _byDistrict[index] : null;

    private static ContributedValue[] ByDistrict(IReadOnlyCollection<ContributedValue> aggregated)
    {
        ArgumentNullException.ThrowIfNull(aggregated);
        ContributedValue[] byDistrict = [.. aggregated];
        Array.Sort(byDistrict, s_byDistrict);
        return byDistrict;
    }

    private static bool IsHidden(Visibility visibility) => visibility is not (Visibility.Named or Visibility.Anonymous);

    /// <summary>Rows in display order; a district's row is found by binary search on that order.</summary>
    private sealed class IndexedRows(IReadOnlyList<SourcedRow> rows)
    {
        public IReadOnlyList<SourcedRow> Rows { get; } = rows;

        public IReadOnlyList<SourcedRow> Without(SourcedRow? own)
        {
            if (own is null)
            {
                return Rows;
            }

            var index = BinarySearch(own);
            return index >= 0 ? new ListWithout(Rows, index) : Rows;
        }

        public IndexedRows With(IReadOnlyList<SourcedRow> removed, IReadOnlyList<SourcedRow> added) =>
            new(SortedEdit.Apply(Rows, removed, added, ComparisonRows.DisplayOrder));

        private int BinarySearch(SourcedRow row) => SortedEdit.IndexOf(Rows, r => ComparisonRows.DisplayOrder.Compare(r, row));
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
