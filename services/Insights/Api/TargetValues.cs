using System.Data;
using System.Linq.Expressions;
using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Insights.Data;
using Consortium.Insights.Data.ReadModel;
using Consortium.Insights.Domain.Confidentiality;
using Consortium.ServiceDefaults.Domain;
using Microsoft.EntityFrameworkCore;
using MeasureType = Consortium.ServiceDefaults.Domain.Measures.MeasureType;

namespace Consortium.Insights.Api;

/// <summary>One counting district's accepted value for a target, with what is needed to show it.</summary>
internal sealed record Contributor(
    Guid DistrictId,
    string Name,
    string NcesLeaId,
    int Enrollment,
    VisibilityV1 SubmissionVisibility,
    SharingPreferenceV1 SharingPreference,
    decimal Value,
    Guid SubmissionId,
    DateTimeOffset AcceptedAt)
{
    // Both are computed once, when the contributor is read: a comparison's preparation asks for
    // them several times per contributor, and the id is a SHA-256 (some 30,000 hashes per
    // preparation at 13,000 districts when they were computed at every use).

    /// <summary>This version of the district's value, as the differencing guard counts it.</summary>
    public Guid ContributionId { get; } = Domain.Confidentiality.ContributionId.Of(DistrictId, $"submission:{SubmissionId:N}", AcceptedAt.UtcTicks);

    /// <summary>The more restrictive of the submission's visibility and the district's current preference.</summary>
    public Visibility Visibility { get; } = EffectiveVisibility.Of(
        ContractEnums.SubmittedVisibility.ToDomain(SubmissionVisibility),
        ContractEnums.PreferenceOrNull(SharingPreference));

    public ContributedValue ToContributed() => new(DistrictId, Name, NcesLeaId, Enrollment, Visibility, Value);
}

/// <summary>
/// A target's values over a group: the contributors (whose ids the differencing guard records and
/// whose rows may be shown) and the values the figures are computed from (the contributors', in
/// ascending order).
/// </summary>
internal sealed record GroupValues(int GroupSize, List<Contributor> Contributors, List<decimal> SortedValues)
{
    // The figures' values are exactly the contributors' (the districts that count): one read, no second copy to disagree with.
    public static GroupValues Of(int groupSize, List<Contributor> contributors)
    {
        List<decimal> values = [.. contributors.Select(c => c.Value)];
        values.Sort();
        return new GroupValues(groupSize, contributors, values);
    }
}

/// <summary>
/// Reads a target's values. "All members" reads the target's contributions (one per counting
/// district, by the (target_id, value) index that is the target's distribution), never
/// submissions; a peer group fetches contributions by (target, district ∈ group), bounded by the
/// group's size. Both are cached per generation of the target and of the districts.
/// </summary>
internal sealed class TargetValues(
    InsightsDbContext db,
    AnswerCache cache,
    CacheGenerations generations,
    LocalAnswers local,
    SuppressionFloor floor,
    DisclosurePolicy policy,
    TimeProvider time)
{
    /// <summary>
    /// <paramref name="prepared"/> as <paramref name="viewer"/> may have it computed: without the
    /// values the <see cref="DisclosurePolicy"/> leaves out for it (complementary suppression,
    /// ADR 15), and which were left out. The values kept are taken from <paramref name="prepared"/>
    /// itself, never read again. What to leave out was decided on these values. A newer read could
    /// put a value made private since among those kept as named: the generations this request read
    /// do not yet show an event applied but not yet published to the cache.
    /// </summary>
    public async Task<(PreparedComparison Prepared, LeftOutValues LeftOut)> AsSeenByAsync(
        Viewer viewer, PreparedComparison prepared, Guid targetId, MeasureType measureType, bool allMembers, CancellationToken cancellationToken)
    {
        var leftOut = policy.LeftOut(viewer, prepared.MakeupFor(viewer), allMembers);
        IReadOnlyList<Guid> without = leftOut switch
        {
            LeftOutValues.Private => prepared.Private,
            LeftOutValues.Unnamed => prepared.Unnamed,
            _ => [],
        };
        return without.Count == 0
            ? (prepared, leftOut)
            : (await PreparedWithinAsync(targetId, prepared, prepared.ContributionsExcept(without), measureType, cancellationToken), leftOut);
    }

    /// <summary>
    /// A cycle's published target, or NOT_FOUND (also when the target is another cycle's). A
    /// published definition never changes (TopicPublished is applied once), so it is kept in the
    /// process without a generation: a comparison reads it from the database once, not at every
    /// call. A target not found is not kept: it may be published a moment later. The copy is
    /// shared: never modify it.
    /// </summary>
    public async Task<TargetRow> DefinitionAsync(Guid cycleId, Guid targetId, CancellationToken cancellationToken)
    {
        var key = $"target:{targetId}:definition";
        if (!local.TryGet<TargetRow>(key, out var target) || target is null)
        {
            target = await db.Targets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == targetId, cancellationToken) ?? throw NotFound(cycleId, targetId);
            local.Set(key, target, 1);
        }

        return target.CycleId == cycleId ? target : throw NotFound(cycleId, targetId);
    }

    private static NotFoundException NotFound(Guid cycleId, Guid targetId) => new("target", $"{cycleId}/{targetId}");

    /// <summary>
    /// All members' comparison of a target, prepared for every viewer (kept in the process per
    /// generation). When only some districts' values changed since the last one this process
    /// prepared, only theirs are read (<see cref="LatestAllMembers"/>): during the window-close
    /// rush a target moves with every acceptance, and reading every contributor each time made
    /// the first comparison after each move O(n) in the database.
    /// </summary>
    public Task<PreparedComparison> PreparedAllMembersAsync(Guid targetId, MeasureType measureType, CancellationToken cancellationToken) =>
        cache.GetOrBuildLocalAsync(
            $"target:{targetId}:all:prepared",
            [CacheGenerations.Target(targetId), CacheGenerations.Districts],
            ct => AllMembersAsync(targetId, measureType, ct),
            SizeOf,
            cancellationToken);

    /// <summary>A group's comparison of a target, prepared for every viewer (kept in the process per generation).</summary>
    public Task<PreparedComparison> PreparedGroupAsync(Guid targetId, IReadOnlyList<Guid> members, MeasureType measureType, CancellationToken cancellationToken) =>
        cache.GetOrBuildLocalAsync(
            $"target:{targetId}:group:{new MemberSet(members).Key}:prepared",
            [CacheGenerations.Target(targetId), CacheGenerations.Districts],
            async ct => new PreparedComparison(await LoadGroupAsync(targetId, members, ct), measureType, floor),
            SizeOf,
            cancellationToken);

    /// <summary>
    /// The comparison over <paramref name="contributions"/>, values that all stand in
    /// <paramref name="current"/> (a group answered before, shown when a newer one is refused),
    /// taken from it rather than read again. The same versions are the same values, so it is kept
    /// across the target's generations (only the districts' names and sharing, of the districts'
    /// generation, can change it): during the window-close rush every refused district's earlier
    /// group was read and prepared again at every acceptance.
    /// </summary>
    public Task<PreparedComparison> PreparedWithinAsync(
        Guid targetId, PreparedComparison current, MemberSet contributions, MeasureType measureType, CancellationToken cancellationToken) =>
        cache.GetOrBuildLocalAsync(
            $"target:{targetId}:values:{contributions.Key}:prepared",
            [CacheGenerations.Districts],
            _ => Task.FromResult(new PreparedComparison(current.ValuesWithin(contributions), measureType, floor)),
            SizeOf,
            cancellationToken);

    /// <summary>One district's accepted value for the target, whether or not it is in the group asked about.</summary>
    public Task<decimal?> OwnValueAsync(Guid targetId, Guid districtId, CancellationToken cancellationToken) =>
        db.Contributions.AsNoTracking()
            .Where(c => c.TargetId == targetId && c.DistrictId == districtId)
            .Select(c => (decimal?)c.Value)
            .SingleOrDefaultAsync(cancellationToken);

    // The values, the group and up to three row lists.
    private static int SizeOf(PreparedComparison prepared) => 1 + (prepared.Group.Count * 5);

    // Runs inside the prepared comparison's build, after this request read the generations.
    private async Task<PreparedComparison> AllMembersAsync(Guid targetId, MeasureType measureType, CancellationToken cancellationToken)
    {
        var epoch = cache.Epoch;
        var targetGeneration = cache.GenerationOf(CacheGenerations.Target(targetId));
        var districtsGeneration = cache.GenerationOf(CacheGenerations.Districts);
        if (targetGeneration is not { } target || districtsGeneration is not { } districts)
        {
            return new PreparedComparison(await LoadAllAsync(targetId, cancellationToken), measureType, floor);
        }

        var key = $"target:{targetId}:all:latest";
        _ = local.TryGet<LatestAllMembers>(key, out var known);
        var now = time.GetUtcNow();
        var latest = known is not null && known.CanCatchUp(epoch, districts, target, notBefore: now - local.Lifetime)
            ? await CatchUpAsync(known, targetId, target, cancellationToken)
            : null;
        if (latest is null)
        {
            latest = new LatestAllMembers(epoch, districts, target, new PreparedComparison(await LoadAllAsync(targetId, cancellationToken), measureType, floor), now);
        }

        if (known?.Supersedes(latest) != true)
        {
            local.Set(key, latest, latest.Prepared.Group.Count + 1);
        }

        return latest.Prepared;
    }

    // Null when the change log cannot say which districts changed.
    private async Task<LatestAllMembers?> CatchUpAsync(LatestAllMembers known, Guid targetId, long target, CancellationToken cancellationToken)
    {
        if (known.TargetGeneration == target)
        {
            return known;
        }

        if (await generations.TryChangedDistrictsAsync(targetId, known.TargetGeneration, target) is not { } changed)
        {
            return null;
        }

        var ids = changed.ToArray();
        return known.CaughtUp(target, changed, await ContributorsAsync(c => c.TargetId == targetId && ids.Contains(c.DistrictId), cancellationToken));
    }

    private async Task<GroupValues> LoadAllAsync(Guid targetId, CancellationToken cancellationToken)
    {
        // One snapshot for the values and the number of members they are out of.
        // (Inside a caller's transaction its snapshot rules instead.)
        await using var transaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken)
            : null;
        var contributors = await ContributorsAsync(c => c.TargetId == targetId, cancellationToken);
        var members = await db.Districts.CountAsync(d => d.Joined && d.MembershipStatus != MembershipStatusV1.Withdrawn, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return GroupValues.Of(members, contributors);
    }

    private async Task<GroupValues> LoadGroupAsync(Guid targetId, IReadOnlyList<Guid> members, CancellationToken cancellationToken)
    {
        var ids = members.ToArray();
        var contributors = await ContributorsAsync(c => c.TargetId == targetId && ids.Contains(c.DistrictId), cancellationToken);
        return GroupValues.Of(members.Count, contributors);
    }

    private Task<List<Contributor>> ContributorsAsync(Expression<Func<ContributionRow, bool>> which, CancellationToken cancellationToken) =>
        (from contribution in db.Contributions.AsNoTracking().Where(which)
         join district in db.Districts.AsNoTracking() on contribution.DistrictId equals district.Id
         where district.Joined && district.MembershipStatus != MembershipStatusV1.Withdrawn
         orderby contribution.DistrictId
         select new Contributor(
             contribution.DistrictId,
             district.Name,
             district.NcesLeaId,
             db.DistrictProfiles.Where(p => p.DistrictId == district.Id).OrderByDescending(p => p.SchoolYear).Select(p => p.Enrollment).FirstOrDefault(),
             contribution.Visibility,
             district.SharingPreference,
             contribution.Value,
             contribution.SubmissionId,
             contribution.AcceptedAt))
        .ToListAsync(cancellationToken);
}
