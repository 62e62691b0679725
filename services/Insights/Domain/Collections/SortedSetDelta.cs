namespace Consortium.Insights.Domain.Collections;

/// <summary>
/// What changed from one ascending set of ids to another: the ids added and the ids removed, each
/// ascending. Two generations of a state-wide group differ by the few values accepted in between,
/// so the second is stored as its change from the first (ADR 42) instead of 13,000 ids again.
/// </summary>
public sealed record SortedSetDelta(Guid[] Added, Guid[] Removed)
{
    /// <summary>How many ids changed.</summary>
    public int Count => Added.Length + Removed.Length;

    /// <summary>The change from <paramref name="from"/> to <paramref name="to"/>, both ascending without repeats: one walk of each.</summary>
    public static SortedSetDelta Between(IReadOnlyList<Guid> from, IReadOnlyList<Guid> to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        List<Guid> added = [], removed = [];
        int f = 0, t = 0;
        while (f < from.Count || t < to.Count)
        {
            var order = f == from.Count ? 1 : t == to.Count ? -1 : from[f].CompareTo(to[t]);
            if (order < 0)
            {
                removed.Add(from[f++]);
            }
            else if (order > 0)
            {
                added.Add(to[t++]);
            }
            else
            {
                f++;
                t++;
            }
        }

        return new SortedSetDelta([.. added], [.. removed]);
    }

    /// <summary>
    /// <paramref name="from"/> (ascending) with this change made, ascending: one walk. Every id to
    /// remove must be there and no id to add may be: otherwise <paramref name="from"/> is not the
    /// set this change was taken from, and the result would be a set nobody was answered.
    /// </summary>
    public Guid[] ApplyTo(IReadOnlyList<Guid> from)
    {
        ArgumentNullException.ThrowIfNull(from);
        var result = new Guid[from.Count + Added.Length - Removed.Length];
        int f = 0, a = 0, r = 0, written = 0;
        while (f < from.Count || a < Added.Length)
        {
            var order = f == from.Count ? 1 : a == Added.Length ? -1 : from[f].CompareTo(Added[a]);
            if (order == 0)
            {
                throw NotTheBase();
            }

            if (order > 0)
            {
                Write(Added[a++]);
            }
            else if (r < Removed.Length && Removed[r] == from[f])
            {
                r++;
                f++;
            }
            else
            {
                Write(from[f++]);
            }
        }

        return r == Removed.Length && written == result.Length ? result : throw NotTheBase();

        void Write(Guid id)
        {
            if (written == result.Length)
            {
                throw NotTheBase();
            }

            result[written++] = id;
        }
    }

    private static InvalidOperationException NotTheBase() =>
        new("The stored change does not apply to the set it names as its base.");
}
