using System.Runtime.InteropServices;

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
    // atom it touches into the part inside it and the part outside. Linear in the members of all
    // groups (13,000 in each state-wide group, asked again and again during the rush). Each member
    // is hashed once per group it is in, to give it a place (Places); the refinement then works on
    // arrays indexed by place and by atom.
    private static List<int> HiddenParts(AnsweredGroup[] groups)
    {
        var occurrences = groups.Sum(group => group.Members.Count);
        var (placesOf, known) = Places(groups);

        // Per atom: the atom its members inside the group being applied move to, and that group's
        // index. Each hidden member of each group makes at most one new atom.
        const int InNoGroupYet = 0;
        var atomOf = new int[known.Length];
        var movesTo = new int[occurrences + 1];
        var movedBy = new int[occurrences + 1];
        movedBy[InNoGroupYet] = -1;
        var atoms = 1;
        for (var g = 0; g < placesOf.Length; g++)
        {
            foreach (var place in placesOf[g])
            {
                if (known[place])
                {
                    continue;
                }

                var before = atomOf[place];
                if (movedBy[before] != g)
                {
                    movedBy[before] = g;
                    movesTo[before] = atoms;
                    movedBy[atoms] = -1;
                    atoms++;
                }

                atomOf[place] = movesTo[before];
            }
        }

        var sizes = new int[atoms];
        for (var place = 0; place < known.Length; place++)
        {
            if (!known[place])
            {
                sizes[atomOf[place]]++;
            }
        }

        // Every place is a member of some group, so no hidden one is still in no group.
        return [.. sizes.Skip(InNoGroupYet + 1).Where(size => size > 0)];
    }

    // Every member's place (the order it was first met in), each group's members as places, and
    // which places the viewer can tie to a name: shown by any group, or its own value.
    private static (int[][] PlacesOf, bool[] Known) Places(AnsweredGroup[] groups)
    {
        var placeOf = new Dictionary<Guid, int>(groups.Max(group => group.Members.Count));
        var shownPlaces = new List<int>(groups.Sum(group => group.Shown.Count));
        var placesOf = new int[groups.Length][];

        // Shown ids not met in their own group's walk (not among its members), and own values: placed at the end.
        var knownElsewhere = new List<Guid>();
        for (var g = 0; g < groups.Length; g++)
        {
            var members = groups[g].Members.Sorted;
            var shown = groups[g].Shown.Sorted;
            var places = placesOf[g] = new int[members.Length];
            var s = 0;
            for (var i = 0; i < members.Length; i++)
            {
                ref var place = ref CollectionsMarshal.GetValueRefOrAddDefault(placeOf, members[i], out var met);
                if (!met)
                {
                    place = placeOf.Count - 1;
                }

                places[i] = place;

                // A group's shown members are normally among its members, in the same order: found in
                // the same walk. One that is not stops the walk, and the rest are placed at the end.
                if (s < shown.Length && shown[s] == members[i])
                {
                    shownPlaces.Add(place);
                    s++;
                }
            }

            knownElsewhere.AddRange(shown[s..]);
            if (groups[g].Own is { } own)
            {
                knownElsewhere.Add(own);
            }
        }

        var known = new bool[placeOf.Count];
        foreach (var place in shownPlaces)
        {
            known[place] = true;
        }

        foreach (var id in knownElsewhere)
        {
            if (placeOf.TryGetValue(id, out var place))
            {
                known[place] = true;
            }
        }

        return (placesOf, known);
    }
}
