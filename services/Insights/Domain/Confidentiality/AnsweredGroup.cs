namespace Consortium.Insights.Domain.Confidentiality;

/// <summary>
/// A group as the differencing guard remembers it: its members, and which of them the viewer
/// could tie to a name when it was answered. A value seen with its name is known to the viewer for
/// good, so it never hides anything else: only the other members count as cover (ADR 19). What is
/// shown by name (<see cref="Shown"/>) is the same for every viewer of the group; only the viewer's
/// own value (<see cref="Own"/>) differs, which lets every viewer's record share one copy of the
/// rest (ADR 31).
/// </summary>
public sealed record AnsweredGroup(MemberSet Members, MemberSet Shown, Guid? Own)
{
    /// <summary>A group of which the viewer can tie no member to a name (context, rosters).</summary>
    public static AnsweredGroup AllHidden(MemberSet members) => new(members, MemberSet.Empty, null);

    /// <summary>Whether the viewer saw <paramref name="member"/> with its name (or it is its own).</summary>
    public bool IsKnown(Guid member) => member == Own || Shown.Contains(member);
}
