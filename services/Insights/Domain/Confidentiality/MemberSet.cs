using System.Buffers;
using System.Security.Cryptography;

namespace Consortium.Insights.Domain.Confidentiality;

/// <summary>
/// What entered one aggregate: districts (a roster, a peer group) or the values they contributed
/// (<see cref="ContributionId"/>: a district's value at one version, so that a changed value is a
/// different member). Value equality (same members = same set), kept sorted so it serialises the
/// same way every time (a stable cache/store key).
/// </summary>
public sealed class MemberSet : IEquatable<MemberSet>
{
    private readonly Guid[] _sorted;
    private HashSet<Guid>? _members;
    private string? _key;

    /// <summary>The set with no members.</summary>
    public static MemberSet Empty { get; } = new([]);

    public MemberSet(IEnumerable<Guid> districts)
    {
        Guid[] given = [.. districts];

        // Sets read back from the store, or kept sorted while prepared, come sorted: a look in
        // O(n) spares sorting them again (13,000 ids at every guarded question of a state-wide
        // group), and the look-up table is built only when something is looked up.
        if (IsAscending(given))
        {
            _sorted = given;
        }
        else
        {
            _members = [.. given];
            _sorted = SortedCopy(_members);
        }
    }

    public int Count => _sorted.Length;

    public IReadOnlyList<Guid> Members => _sorted;

    /// <summary>The members in ascending order, for walking two sorted sets side by side.</summary>
    public ReadOnlySpan<Guid> Sorted => _sorted;

    /// <summary>SHA-256 (hex, lower case) of the sorted member ids: a short, stable name for the set.</summary>
    public string Key => _key ??= KeyOf(_sorted);

    public bool Contains(Guid district) => (Volatile.Read(ref _members) ?? Lookup()).Contains(district);

    public bool Equals(MemberSet? other) => other is not null && _sorted.AsSpan().SequenceEqual(other._sorted);

    public override bool Equals(object? obj) => Equals(obj as MemberSet);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var id in _sorted)
        {
            hash.Add(id);
        }

        return hash.ToHashCode();
    }

    // Built at the first look-up; two threads may both build it, and either copy serves.
    private HashSet<Guid> Lookup()
    {
        var built = new HashSet<Guid>(_sorted);
        return Interlocked.CompareExchange(ref _members, built, null) ?? built;
    }

    // The ids' text ("d" format) joined by commas, written straight into one buffer: the same
    // bytes string.Join gave, without a string per id (13,000 of them for a state-wide group).
    private static string KeyOf(Guid[] sorted)
    {
        const int IdAndComma = 37;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, sorted.Length * IdAndComma));
        try
        {
            var length = 0;
            for (var i = 0; i < sorted.Length; i++)
            {
                if (i > 0)
                {
                    buffer[length++] = (byte)',';
                }

                sorted[i].TryFormat(buffer.AsSpan(length), out var written);
                length += written;
            }

            return Convert.ToHexStringLower(SHA256.HashData(buffer.AsSpan(0, length)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Guid[] SortedCopy(HashSet<Guid> members)
    {
        var sorted = members.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private static bool IsAscending(Guid[] ids)
    {
        for (var i = 1; i < ids.Length; i++)
        {
            if (ids[i - 1].CompareTo(ids[i]) >= 0)
            {
                return false;
            }
        }

        return true;
    }
}
