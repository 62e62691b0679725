using Consortium.Insights.Domain.Confidentiality;

namespace Consortium.Insights.Domain.Bench;

/// <summary>
/// Which member districts the consortium-wide bench strength is computed over (ADR 15). Those
/// figures are the same for everyone and can be read before and after any change of membership:
/// read the day before and the day after one district joins (or leaves), and the difference is
/// that district's leaders by stage and readiness. So the figures move only in steps that isolate
/// no fewer than k districts: the rosters ever published partition the members into atoms as in
/// the differencing guard (ADR 8), and a new roster is published only when every atom keeps at
/// least k districts. Until then the figures stay over the published roster closest to the
/// current one (a district that joined is not counted yet; one that left still is).
/// </summary>
public static class PublishedRoster
{
    /// <summary>The roster to compute over, and whether it is <paramref name="current"/> newly published (to be recorded).</summary>
    public static (MemberSet Roster, bool Publish) Choose(IReadOnlyCollection<MemberSet> published, MemberSet current, SuppressionFloor floor)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(current);
        if (published.Contains(current))
        {
            return (current, false);
        }

        if (DifferencingGuard.Evaluate([.. published.Select(AnsweredGroup.AllHidden)], AnsweredGroup.AllHidden(current), floor) is null)
        {
            return (current, true);
        }

        // Nothing published yet and too few members: the figures' own k-floor suppresses them.
        return published.Count == 0
            ? (current, false)
            : (published
                .OrderBy(roster => Differing(roster, current))
                .ThenByDescending(roster => roster.Count)
                .ThenBy(roster => roster.Key, StringComparer.Ordinal)
                .First(), false);
    }

    private static int Differing(MemberSet a, MemberSet b) =>
        a.Members.Count(d => !b.Contains(d)) + b.Members.Count(d => !a.Contains(d));
}
