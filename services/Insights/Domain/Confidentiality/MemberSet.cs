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
    private readonly HashSet<Guid> _members;
    private string? _key;

    /// <summary>The set with no members.</summary>
    public static MemberSet Empty { get; } = new([]);

    public MemberSet(IEnumerable<Guid> districts)
    {
        Guid[] given = [.. districts];
        _members = [.. given];

        // Sets read back from the store come sorted: a look in O(n) spares sorting them again
        // (13,000 ids at every guarded question of a state-wide group).
        _sorted = given.Length == _members.Count && IsAscending(given) ? given : SortedCopy(_members);
    }

    public int Count => _sorted.Length;

    public IReadOnlyList<Guid> Members => _sorted;

    /// <summary>SHA-256 (hex, lower case) of the sorted member ids: a short, stable name for the set.</summary>
    public string Key => _key ??= Convert.ToHexStringLower(
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(string.Join(',', _sorted))));

    public bool Contains(Guid district) => _members.Contains(district);

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
