namespace Consortium.Insights.Domain.Confidentiality;

/// <summary>
/// Stops a caller from isolating a district by subtracting aggregates (ADR 0008). Every group
/// answered for a caller, cycle and target partitions the districts into "atoms": districts that
/// are in exactly the same answered groups. Any sum, count or mean a caller can derive by adding
/// and subtracting answered aggregates is constant on atoms, so the finest thing they can learn
/// is the total of one atom. A new group is therefore answerable only if, with it added, every
/// atom still holds at least k districts. This covers "all" vs "all but one", two peer groups
/// differing by one district, and chains of groups whose pairwise differences are all ≥ k but
/// whose combination isolates one district — which a pairwise rule would miss.
/// </summary>
public sealed class DifferencingGuard(IAnsweredGroupStore store, SuppressionFloor floor)
{
    /// <summary>
    /// Decides whether <paramref name="group"/> (the districts whose values would enter the
    /// aggregate) may be answered for <paramref name="viewer"/>, and if so records it. Returns
    /// null when answerable. Staff see individual values anyway, so they are neither checked
    /// nor recorded.
    /// </summary>
    public async Task<Suppression?> AdmitAsync(
        Viewer viewer, Guid cycleId, Guid targetId, DistrictSet group, CancellationToken cancellationToken)
    {
        if (floor.Check(group.Count) is { } tooSmall)
        {
            return tooSmall;
        }

        if (viewer.IsStaff)
        {
            return null;
        }

        // Asking again for a group already answered reveals nothing new: it was admitted against
        // the groups before it, and every later group was admitted against it.
        var scope = new AnswerScope(viewer.Key, cycleId, targetId);
        if (await store.HasAnsweredAsync(scope, group, cancellationToken))
        {
            return null;
        }

        var answered = await store.AnsweredAsync(scope, cancellationToken);

        var refusal = Evaluate(answered, group, floor);
        if (refusal is null)
        {
            await store.RecordAsync(scope, group, cancellationToken);
        }

        return refusal;
    }

    /// <summary>
    /// What can be shown when <paramref name="candidate"/> is refused: the largest group already
    /// answered for <paramref name="viewer"/> in this scope that lies wholly inside it (asking
    /// again for an answered group reveals nothing new). A district that looked at "all members"
    /// last week keeps seeing those districts' figures while fewer than k more have submitted,
    /// instead of nothing. Null for staff (never refused) and when there is none.
    /// </summary>
    public async Task<DistrictSet?> LargestAnsweredWithinAsync(
        Viewer viewer, Guid cycleId, Guid targetId, DistrictSet candidate, CancellationToken cancellationToken)
    {
        if (viewer.IsStaff)
        {
            return null;
        }

        return LargestWithin(await store.AnsweredAsync(new AnswerScope(viewer.Key, cycleId, targetId), cancellationToken), candidate);
    }

    /// <summary>The largest of <paramref name="answered"/> whose members all lie in <paramref name="candidate"/>, or null.</summary>
    public static DistrictSet? LargestWithin(IReadOnlyCollection<DistrictSet> answered, DistrictSet candidate) =>
        answered
            .Where(group => group.Count < candidate.Count && group.Members.All(candidate.Contains))
            .OrderByDescending(group => group.Count)
            .ThenBy(group => group.Key, StringComparer.Ordinal) // the same one every time, so pages agree
            .FirstOrDefault();

    /// <summary>The pure rule: null if <paramref name="candidate"/> may join <paramref name="answered"/>.</summary>
    public static Suppression? Evaluate(IReadOnlyCollection<DistrictSet> answered, DistrictSet candidate, SuppressionFloor floor)
    {
        if (floor.Check(candidate.Count) is { } tooSmall)
        {
            return tooSmall;
        }

        if (answered.Contains(candidate))
        {
            return null;
        }

        DistrictSet[] groups = [.. answered, candidate];
        var smallestAtom = groups
            .SelectMany(g => g.Members)
            .Distinct()
            .GroupBy(district => Signature(groups, district))
            .Min(atom => atom.Count());

        return smallestAtom >= floor.K
            ? null
            : new Suppression(
                SuppressionReason.DifferencingRisk,
                $"Compared with a group you have already seen, this group would single out fewer than {floor.K} districts, so its figures are not shown.");
    }

    // Which groups a district belongs to, as a string of 0s and 1s: the atom it falls in.
    private static string Signature(DistrictSet[] groups, Guid district) =>
        string.Create(groups.Length, (groups, district), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = state.groups[i].Contains(state.district) ? '1' : '0';
            }
        });
}
