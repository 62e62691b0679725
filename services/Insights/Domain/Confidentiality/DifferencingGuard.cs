namespace Consortium.Insights.Domain.Confidentiality;

/// <summary>
/// Stops a caller from isolating a value by subtracting aggregates (ADR 8, ADR 19). Every group
/// answered for a caller and scope partitions the members (values, or districts) into "atoms":
/// members that are in exactly the same answered groups. Any sum, count or mean a caller can derive
/// by adding and subtracting answered aggregates is constant on atoms, so the finest thing it can
/// learn is the total of one atom — and, minus the values it saw with a name, the total of the
/// atom's hidden values. A new group is therefore answerable only if, with it added, the hidden
/// members fall into a single part (all of them together: what one group tells) or into parts of
/// at least k each. This covers "all" vs "all but one", two peer groups differing by one district,
/// chains of groups whose combination isolates one district even when each atom is padded with
/// named districts, and a group asked again after one hidden value changed (a changed value is a
/// new member, <see cref="ContributionId"/>).
/// </summary>
public sealed class DifferencingGuard(IAnsweredGroupStore store, SuppressionFloor floor)
{
    /// <summary>
    /// Decides whether <paramref name="group"/> (the members whose values would enter the
    /// aggregate, with those the viewer can tie to a name) may be answered for
    /// <paramref name="viewer"/>, and if so records it. Returns null when answerable. Staff see
    /// individual values anyway, so they are neither checked nor recorded.
    /// </summary>
    public async Task<Suppression?> AdmitAsync(
        Viewer viewer, Guid cycleId, Guid targetId, AnsweredGroup group, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (floor.Check(group.Members.Count) is { } tooSmall)
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
        if (await store.HasAnsweredAsync(scope, group.Members, cancellationToken))
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
    /// last week keeps seeing those values' figures while fewer than k more have come in, instead
    /// of nothing. Null for staff (never refused) and when there is none.
    /// </summary>
    public async Task<MemberSet?> LargestAnsweredWithinAsync(
        Viewer viewer, Guid cycleId, Guid targetId, MemberSet candidate, CancellationToken cancellationToken)
    {
        if (viewer.IsStaff)
        {
            return null;
        }

        var answered = await store.AnsweredAsync(new AnswerScope(viewer.Key, cycleId, targetId), cancellationToken);
        return LargestWithin([.. answered.Select(group => group.Members)], candidate);
    }

    /// <summary>The largest of <paramref name="answered"/> whose members all lie in <paramref name="candidate"/>, or null.</summary>
    public static MemberSet? LargestWithin(IReadOnlyCollection<MemberSet> answered, MemberSet candidate)
    {
        MemberSet? largest = null;
        foreach (var group in answered)
        {
            // Only a group that would win is checked member by member; among equals the same one
            // wins every time (the lowest key), so pages agree.
            var wins = group.Count < candidate.Count
                && (largest is null
                    || group.Count > largest.Count
                    || (group.Count == largest.Count && string.CompareOrdinal(group.Key, largest.Key) < 0));
            if (wins && group.Members.All(candidate.Contains))
            {
                largest = group;
            }
        }

        return largest;
    }

    /// <summary>The pure rule: null if <paramref name="candidate"/> may join <paramref name="answered"/>.</summary>
    public static Suppression? Evaluate(IReadOnlyCollection<AnsweredGroup> answered, AnsweredGroup candidate, SuppressionFloor floor)
    {
        ArgumentNullException.ThrowIfNull(answered);
        ArgumentNullException.ThrowIfNull(candidate);
        if (floor.Check(candidate.Members.Count) is { } tooSmall)
        {
            return tooSmall;
        }

        if (answered.Any(group => group.Members.Equals(candidate.Members)))
        {
            return null;
        }

        // A group alone puts all its hidden members in one part: nothing to take it from.
        if (answered.Count == 0)
        {
            return null;
        }

        var parts = HiddenParts([.. answered, candidate]);
        return parts.Count <= 1 || parts.Min() >= floor.K
            ? null
            : new Suppression(
                SuppressionReason.DifferencingRisk,
                $"Compared with a group you have already seen, this group would single out fewer than {floor.K} values that are not shown by name (a value that changed since counts as a new one), so its figures are not shown.");
    }

    // The sizes of the atoms of hidden members, by partition refinement: each group splits every
    // atom it touches into the part inside it and the part outside. Every member set is sorted, so
    // the members of all groups are merged once into one sorted array and each member is named by
    // its place in it: the refinement walks arrays side by side instead of hashing ids (a guarded
    // state-wide question during the rush refines two or more groups of 13,000).
    private static List<int> HiddenParts(AnsweredGroup[] groups)
    {
        var everyMember = groups[0].Members.Sorted.ToArray();
        for (var i = 1; i < groups.Length; i++)
        {
            everyMember = SortedUnion(everyMember, groups[i].Members.Sorted);
        }

        var known = new bool[everyMember.Length];
        foreach (var group in groups)
        {
            MarkKnown(everyMember, group.Shown.Sorted, known);
            if (group.Own is { } own && Array.BinarySearch(everyMember, own) is var place and >= 0)
            {
                known[place] = true;
            }
        }

        const int InNoGroupYet = 0;
        var atomOf = new int[everyMember.Length];
        var atoms = 1;
        var insideOf = new Dictionary<int, int>();
        foreach (var group in groups)
        {
            insideOf.Clear();
            var place = 0;
            foreach (var member in group.Members.Sorted)
            {
                // Every member of a group is in the merged array, after the one before it.
                while (everyMember[place] != member)
                {
                    place++;
                }

                if (known[place])
                {
                    continue;
                }

                var before = atomOf[place];
                if (!insideOf.TryGetValue(before, out var after))
                {
                    insideOf[before] = after = atoms++;
                }

                atomOf[place] = after;
            }
        }

        var sizes = new int[atoms];
        for (var place = 0; place < atomOf.Length; place++)
        {
            if (!known[place])
            {
                sizes[atomOf[place]]++;
            }
        }

        // Every merged member is in some group: no hidden one is still in no group.
        return [.. sizes.Skip(InNoGroupYet + 1).Where(size => size > 0)];
    }

    // The members of two sorted sets, once each, in order.
    private static Guid[] SortedUnion(ReadOnlySpan<Guid> left, ReadOnlySpan<Guid> right)
    {
        var union = new Guid[left.Length + right.Length];
        int l = 0, r = 0, count = 0;
        while (l < left.Length && r < right.Length)
        {
            var order = left[l].CompareTo(right[r]);
            union[count++] = order <= 0 ? left[l] : right[r];
            l += order <= 0 ? 1 : 0;
            r += order >= 0 ? 1 : 0;
        }

        left[l..].CopyTo(union.AsSpan(count));
        count += left.Length - l;
        right[r..].CopyTo(union.AsSpan(count));
        count += right.Length - r;
        return count == union.Length ? union : union[..count];
    }

    // Marks the places of the members that are among the ids (both sorted); an id of no group is no member to hide.
    private static void MarkKnown(ReadOnlySpan<Guid> members, ReadOnlySpan<Guid> ids, bool[] known)
    {
        int m = 0, i = 0;
        while (m < members.Length && i < ids.Length)
        {
            var order = members[m].CompareTo(ids[i]);
            if (order == 0)
            {
                known[m] = true;
            }

            m += order <= 0 ? 1 : 0;
            i += order >= 0 ? 1 : 0;
        }
    }
}
