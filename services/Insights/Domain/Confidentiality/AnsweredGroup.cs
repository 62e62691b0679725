namespace Consortium.Insights.Domain.Confidentiality;

/// <summary>
/// A group as the differencing guard remembers it: its members, and which of them the viewer
/// could tie to a name when it was answered (named values, and the viewer's own). A value seen with
/// its name is known to the viewer for good, so it never hides anything else: only the other
/// members count as cover (ADR 19).
/// </summary>
public sealed record AnsweredGroup(MemberSet Members, IReadOnlySet<Guid> Known)
{
    /// <summary>A group of which the viewer can tie no member to a name (context, rosters).</summary>
    public static AnsweredGroup AllHidden(MemberSet members) => new(members, new HashSet<Guid>());
}
