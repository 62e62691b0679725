using Consortium.Insights.Domain.Confidentiality;
using Xunit;

namespace Consortium.Insights.Tests.Domain;

public class DifferencingGuardTests
{
    private static readonly Guid Cycle = Guid.Parse("00000000-0000-0000-0000-00000000c1c1");
    private static readonly Guid Target = Guid.Parse("00000000-0000-0000-0000-0000000074a7");
    private static readonly Viewer Caller = Viewer.OfDistrict(D(99));

    private readonly InMemoryAnsweredGroupStore _store = new();

    private DifferencingGuard Guard => new(_store, new SuppressionFloor());

    private static Guid D(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    private static MemberSet Set(IEnumerable<int> districts) => new(districts.Select(D));

    // Members shown to the caller by name: "known", they never count as cover (ADR 19).
    private static AnsweredGroup Seen(MemberSet members, IEnumerable<int> named) =>
        new(members, new MemberSet(named.Select(D).Where(members.Contains)), null);

    private Task<Suppression?> Ask(MemberSet group, Viewer? viewer = null, Guid? target = null, IEnumerable<int>? named = null) =>
        Guard.AdmitAsync(viewer ?? Caller, Cycle, target ?? Target, Seen(group, named ?? []), TestContext.Current.CancellationToken);

    [Fact]
    public async Task All_then_all_but_one_refuses_the_second()
    {
        Assert.Null(await Ask(Set(Enumerable.Range(0, 20))));

        var refusal = await Ask(Set(Enumerable.Range(0, 19)));

        Assert.Equal(SuppressionReason.DifferencingRisk, refusal?.Reason);
    }

    [Fact]
    public async Task All_but_one_then_all_refuses_the_second()
    {
        Assert.Null(await Ask(Set(Enumerable.Range(0, 19))));

        Assert.Equal(SuppressionReason.DifferencingRisk, (await Ask(Set(Enumerable.Range(0, 20))))?.Reason);
    }

    [Fact]
    public async Task The_same_group_asked_again_is_answered_from_its_key_without_reading_every_answered_group()
    {
        Assert.Null(await Ask(Set(Enumerable.Range(0, 20))));
        Assert.Null(await Ask(Set(Enumerable.Range(20, 10))));
        var readsBefore = _store.FullReads;

        Assert.Null(await Ask(Set(Enumerable.Range(0, 20))));

        Assert.Equal(readsBefore, _store.FullReads);
        Assert.Equal(2, _store.Count(new AnswerScope(Caller.Key, Cycle, Target)));
    }

    [Fact]
    public void The_fallback_is_the_largest_answered_group_inside_the_refused_one()
    {
        MemberSet[] answered = [Set(Enumerable.Range(0, 12)), Set(Enumerable.Range(0, 8)), Set(Enumerable.Range(5, 10))];

        Assert.Equal(Set(Enumerable.Range(0, 12)), DifferencingGuard.LargestWithin(answered, Set(Enumerable.Range(0, 13))));
        Assert.Equal(Set(Enumerable.Range(0, 8)), DifferencingGuard.LargestWithin(answered, Set(Enumerable.Range(0, 9))));
        Assert.Null(DifferencingGuard.LargestWithin(answered, Set(Enumerable.Range(1, 12)))); // none lies wholly inside
        Assert.Null(DifferencingGuard.LargestWithin([], Set(Enumerable.Range(0, 13))));
    }

    [Fact]
    public async Task A_refused_group_falls_back_to_what_this_viewer_saw_never_to_another_viewers_groups()
    {
        Assert.Null(await Ask(Set(Enumerable.Range(0, 12))));
        Assert.NotNull(await Ask(Set(Enumerable.Range(0, 13))));

        var fallback = await Guard.LargestAnsweredWithinAsync(Caller, Cycle, Target, Set(Enumerable.Range(0, 13)), TestContext.Current.CancellationToken);
        var otherViewer = await Guard.LargestAnsweredWithinAsync(Viewer.OfDistrict(D(98)), Cycle, Target, Set(Enumerable.Range(0, 13)), TestContext.Current.CancellationToken);
        var staff = await Guard.LargestAnsweredWithinAsync(Viewer.Staff, Cycle, Target, Set(Enumerable.Range(0, 13)), TestContext.Current.CancellationToken);

        Assert.Equal(Set(Enumerable.Range(0, 12)), fallback);
        Assert.Null(otherViewer);
        Assert.Null(staff);
    }

    [Fact]
    public async Task One_more_accepted_submission_does_not_reveal_the_newcomer()
    {
        // "All members" asked twice, but a district's value was accepted in between: the groups
        // recorded are the contributing districts, so the second answer would isolate it.
        Assert.Null(await Ask(Set(Enumerable.Range(0, 12))));

        Assert.NotNull(await Ask(Set(Enumerable.Range(0, 13))));
    }

    [Fact]
    public async Task Two_peer_groups_differing_by_one_district_are_not_both_answered()
    {
        Assert.Null(await Ask(Set(Enumerable.Range(0, 30))));
        Assert.Null(await Ask(Set(Enumerable.Range(0, 10))));

        // Swaps district 9 for district 10: P1 \ P2 = {9}, P2 \ P1 = {10}.
        var refusal = await Ask(Set(Enumerable.Range(0, 9).Append(10)));

        Assert.Equal(SuppressionReason.DifferencingRisk, refusal?.Reason);
    }

    [Fact]
    public async Task Overlapping_peer_groups_that_leave_k_in_every_part_are_answered()
    {
        // Atoms: 0–4 (all, P1), 5–9 (all, P1, P2), 10–14 (all, P2), 15–19 (all): five each.
        Assert.Null(await Ask(Set(Enumerable.Range(0, 20))));
        Assert.Null(await Ask(Set(Enumerable.Range(0, 10))));
        Assert.Null(await Ask(Set(Enumerable.Range(5, 10))));
        Assert.Equal(3, _store.Count(new AnswerScope(Caller.Key, Cycle, Target)));
    }

    [Fact]
    public async Task A_chain_whose_combination_isolates_one_district_is_stopped()
    {
        // X = 0–4, Y = 5–9, Z = 10–14 and x = 15. G1 = X∪Y∪{x}, G2 = Y∪Z, G3 = X∪Z, G4 = Z.
        // sum(G1) − sum(G2) − sum(G3) + 2·sum(G4) = value of x (sums are mean × n, and n is shown).
        int[] x = [.. Enumerable.Range(0, 5)], y = [.. Enumerable.Range(5, 5)], z = [.. Enumerable.Range(10, 5)];
        var g1 = Set([.. x, .. y, 15]);
        var g2 = Set([.. y, .. z]);
        var g3 = Set([.. x, .. z]);
        var g4 = Set(z);
        MemberSet[] chain = [g2, g3, g4, g1];

        // Every pairwise difference is 0 or ≥ k, so a pairwise rule would answer all four …
        Assert.All(
            from a in chain from b in chain where !a.Equals(b) select a.Members.Count(m => !b.Contains(m)),
            difference => Assert.True(difference is 0 or >= 5));

        // … and the attack works on the figures.
        decimal Value(Guid d) => d == D(15) ? 123.45m : (decimal)(d.GetHashCode() % 97);
        decimal Sum(MemberSet s) => s.Members.Sum(Value);
        Assert.Equal(123.45m, Sum(g1) - Sum(g2) - Sum(g3) + (2 * Sum(g4)));

        Assert.Null(await Ask(g2));
        Assert.Null(await Ask(g3));
        Assert.Null(await Ask(g4));
        Assert.Equal(SuppressionReason.DifferencingRisk, (await Ask(g1))?.Reason);
    }

    [Fact]
    public async Task Asking_the_same_group_again_is_answered_and_recorded_once()
    {
        var all = Set(Enumerable.Range(0, 8));

        Assert.Null(await Ask(all));
        Assert.Null(await Ask(Set(Enumerable.Range(0, 8).Reverse())));
        Assert.Equal(1, _store.Count(new AnswerScope(Caller.Key, Cycle, Target)));
    }

    [Fact]
    public async Task A_refused_group_is_not_recorded()
    {
        Assert.Null(await Ask(Set(Enumerable.Range(0, 20))));
        Assert.NotNull(await Ask(Set(Enumerable.Range(0, 19))));

        // Had the refused group been recorded, 0–17 would now look "safe" against it.
        Assert.Equal(1, _store.Count(new AnswerScope(Caller.Key, Cycle, Target)));
    }

    [Fact]
    public async Task Other_callers_and_other_targets_have_their_own_scope()
    {
        Assert.Null(await Ask(Set(Enumerable.Range(0, 20))));

        Assert.Null(await Ask(Set(Enumerable.Range(0, 19)), viewer: Viewer.OfDistrict(D(98))));
        Assert.Null(await Ask(Set(Enumerable.Range(0, 19)), target: Guid.Parse("00000000-0000-0000-0000-0000000074a8")));
    }

    [Fact]
    public async Task Staff_are_not_limited_by_differencing_and_leave_no_record()
    {
        Assert.Null(await Ask(Set(Enumerable.Range(0, 20)), Viewer.Staff));
        Assert.Null(await Ask(Set(Enumerable.Range(0, 19)), Viewer.Staff));
        Assert.Equal(0, _store.Count(new AnswerScope(Viewer.Staff.Key, Cycle, Target)));
    }

    [Theory]
    [InlineData(4, SuppressionReason.TooFewDistricts)]
    [InlineData(5, null)]
    public async Task The_floor_applies_at_exactly_k(int districts, SuppressionReason? expected)
    {
        Assert.Equal(expected, (await Ask(Set(Enumerable.Range(0, districts))))?.Reason);
    }

    [Fact]
    public async Task A_group_below_the_floor_is_not_recorded()
    {
        Assert.NotNull(await Ask(Set(Enumerable.Range(0, 4))));

        Assert.Equal(0, _store.Count(new AnswerScope(Caller.Key, Cycle, Target)));
    }

    [Fact]
    public async Task A_chain_padded_with_named_districts_does_not_isolate_a_hidden_value()
    {
        // Every atom holds five districts, four of them named: G1 − G2 − the four named values of
        // the atom outside G2 = hidden district 100's value. Counting every district as cover
        // (ADR 15) answered both; only hidden values may cover each other.
        int[] named = [.. Enumerable.Range(0, 8)];
        var g1 = Set([.. Enumerable.Range(0, 8), 100, 101]);
        var g2 = Set([.. Enumerable.Range(4, 4), 101]);

        Assert.Null(await Ask(g1, named: named));

        Assert.Equal(SuppressionReason.DifferencingRisk, (await Ask(g2, named: named))?.Reason);
    }

    [Fact]
    public async Task Groups_that_differ_only_by_districts_shown_by_name_are_answered()
    {
        // The difference is a value the caller is shown with its name anyway.
        int[] named = [.. Enumerable.Range(0, 10)];

        Assert.Null(await Ask(Set([.. Enumerable.Range(0, 10), .. Enumerable.Range(100, 5)]), named: named));

        Assert.Null(await Ask(Set([.. Enumerable.Range(0, 9), .. Enumerable.Range(100, 5)]), named: named));
    }

    [Fact]
    public async Task A_group_asked_again_after_a_hidden_value_changed_is_refused_and_one_after_a_named_change_is_answered()
    {
        // Members are value versions: district 100's revised value is member 200. Answering both
        // would make the difference of the two means that hidden value's change.
        int[] named = [.. Enumerable.Range(0, 5), 50, 51];
        Assert.Null(await Ask(Set([.. Enumerable.Range(0, 5), .. Enumerable.Range(100, 5)]), named: named));

        Assert.Equal(
            SuppressionReason.DifferencingRisk,
            (await Ask(Set([.. Enumerable.Range(0, 5), 200, .. Enumerable.Range(101, 4)]), named: named))?.Reason);

        // Named district 4 revised (member 50 is its new value): shown by name both times.
        Assert.Null(await Ask(Set([.. Enumerable.Range(0, 4), 50, .. Enumerable.Range(100, 5)]), named: named));
    }

    [Fact]
    public async Task A_group_of_named_values_beside_all_members_is_answered_though_fewer_than_k_are_hidden()
    {
        // All members: six named, four anonymous (anonymous values are listed bare anyway). A
        // chosen group of named districts adds no sum over hidden values: they stay in one part.
        int[] named = [.. Enumerable.Range(0, 6)];
        Assert.Null(await Ask(Set([.. Enumerable.Range(0, 6), .. Enumerable.Range(100, 4)]), named: named));

        Assert.Null(await Ask(Set(Enumerable.Range(0, 5)), named: named));
    }
}
