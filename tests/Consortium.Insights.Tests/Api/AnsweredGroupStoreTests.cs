using Consortium.Insights.Api;
using Consortium.Insights.Data;
using Consortium.Insights.Data.ReadModel;
using Consortium.Insights.Domain.Confidentiality;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Consortium.Insights.Tests.Api;

/// <summary>
/// The differencing guard's memory in PostgreSQL (ADR 31): what every viewer of a group shares is
/// stored once, and the guard decides the same whether a process holds that copy, has to read it
/// back, or meets a record written before the copies were shared. Each "process" here is a store
/// with a memory of its own, as a restarted or second Insights instance would have.
/// </summary>
public sealed class AnsweredGroupStoreTests(InsightsServiceFixture fixture) : IClassFixture<InsightsServiceFixture>
{
    private static readonly SuppressionFloor Floor = new();

    private readonly Guid _cycle = Guid.NewGuid();
    private readonly Guid _target = Guid.NewGuid();

    [Fact]
    public async Task Viewers_answered_the_same_group_share_one_stored_copy_and_keep_their_own_value()
    {
        var members = Ids(13_000);
        var named = new MemberSet(members.Members.Take(40));
        var viewers = Enumerable.Range(0, 3).Select(_ => Viewer.OfDistrict(Guid.NewGuid())).ToList();
        using var process = new Process(fixture);

        for (var i = 0; i < viewers.Count; i++)
        {
            Assert.Null(await process.AdmitAsync(viewers[i], _cycle, _target, new AnsweredGroup(members, named, members.Members[100 + i])));
        }

        var rows = await fixture.QueryAsync(db => db.AnsweredGroups.AsNoTracking().Where(g => g.TargetId == _target).ToListAsync());
        var setKey = Assert.Single(rows.Select(r => r.SetKey).Distinct());
        Assert.Equal(3, rows.Count);
        Assert.All(rows, row => Assert.Empty(row.Members));
        Assert.Equal([.. members.Members.Skip(100).Take(3).Order()], rows.Select(r => r.Own!.Value).Order().ToArray());
        var stored = await fixture.QueryAsync(db => db.AnsweredGroupSets.AsNoTracking().SingleAsync(s => s.SetKey == setKey));
        Assert.Equal(members.Members, stored.Members);
        Assert.Equal(named.Members, stored.Shown);
    }

    [Fact]
    public async Task A_process_that_never_saw_the_group_reads_it_back_and_decides_the_same()
    {
        var members = Ids(30);
        var viewer = Viewer.OfDistrict(Guid.NewGuid());
        var own = members.Members[3];
        var named = new MemberSet(members.Members.Take(2));
        using (var first = new Process(fixture))
        {
            Assert.Null(await first.AdmitAsync(viewer, _cycle, _target, new AnsweredGroup(members, named, own)));
        }

        using var other = new Process(fixture);
        var read = await other.AnsweredAsync(viewer, _cycle, _target);
        var allButOneHidden = new MemberSet(members.Members.Where(m => m != members.Members[10]));
        var allButNamedAndOwn = new MemberSet(members.Members.Where(m => m != members.Members[0] && m != own));

        var group = Assert.Single(read);
        Assert.Equal(new AnsweredGroup(members, named, own), group);
        Assert.Equal(SuppressionReason.DifferencingRisk, (await other.AdmitAsync(viewer, _cycle, _target, AnsweredGroup.AllHidden(allButOneHidden)))?.Reason);
        Assert.Null(await other.AdmitAsync(viewer, _cycle, _target, AnsweredGroup.AllHidden(allButNamedAndOwn)));
    }

    [Fact]
    public async Task Groups_recorded_before_the_copies_were_shared_still_count()
    {
        var members = Ids(30);
        var viewer = Viewer.OfDistrict(Guid.NewGuid());
        var known = members.Members[0];
        await fixture.QueryAsync(async db =>
        {
            db.AnsweredGroups.Add(new AnsweredGroupRow
            {
                ViewerKey = viewer.Key,
                CycleId = _cycle,
                TargetId = _target,
                GroupKey = members.Key,
                Members = [.. members.Members],
                Known = [known],
                RecordedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        using var process = new Process(fixture);

        Assert.Equal(SuppressionReason.DifferencingRisk, (await process.AdmitAsync(viewer, _cycle, _target, AnsweredGroup.AllHidden(new MemberSet(members.Members.Skip(2)))))?.Reason);
        Assert.Null(await process.AdmitAsync(viewer, _cycle, _target, AnsweredGroup.AllHidden(new MemberSet(members.Members.Skip(1)))));
    }

    [Fact]
    public async Task A_group_one_acceptance_later_is_stored_as_its_change_and_read_back_whole_elsewhere()
    {
        // A state-wide group, then the same a few acceptances later (one value revised: a new member
        // replaces the old), each answered to a different leader while the rush goes on.
        var first = Ids(13_000);
        var named = new MemberSet(first.Members.Take(40));
        var second = new MemberSet([.. first.Members.Skip(1), Guid.NewGuid(), Guid.NewGuid()]);
        var secondNamed = new MemberSet([.. named.Members.Skip(1), second.Members[^1]]);
        var viewers = Enumerable.Range(0, 2).Select(_ => Viewer.OfDistrict(Guid.NewGuid())).ToList();
        using (var process = new Process(fixture))
        {
            Assert.Null(await process.AdmitAsync(viewers[0], _cycle, _target, new AnsweredGroup(first, named, null)));
            Assert.Null(await process.AdmitAsync(viewers[1], _cycle, _target, new AnsweredGroup(second, secondNamed, null)));
        }

        var stored = await StoredSetOfAsync(viewers[1]);
        Assert.Equal(await SetKeyOfAsync(viewers[0]), stored.BaseKey);
        Assert.Equal(1, stored.Depth);
        Assert.Empty(stored.Members);
        Assert.Equal(3, stored.MembersAdded.Length + stored.MembersRemoved.Length);
        Assert.Equal(2, stored.ShownAdded.Length + stored.ShownRemoved.Length);

        using var elsewhere = new Process(fixture);
        Assert.Equal(new AnsweredGroup(second, secondNamed, null), Assert.Single(await elsewhere.AnsweredAsync(viewers[1], _cycle, _target)));
        Assert.Equal(new AnsweredGroup(first, named, null), Assert.Single(await elsewhere.AnsweredAsync(viewers[0], _cycle, _target)));
    }

    [Fact]
    public async Task A_long_run_of_changes_is_cut_by_a_whole_copy_and_every_set_reads_back()
    {
        var groups = new List<MemberSet> { Ids(200) };
        for (var generation = 1; generation < AnsweredGroupSets.MaxDepth + 4; generation++)
        {
            groups.Add(new MemberSet([.. groups[^1].Members, Guid.NewGuid()]));
        }

        var viewers = groups.Select(_ => Viewer.OfDistrict(Guid.NewGuid())).ToList();
        using (var process = new Process(fixture))
        {
            for (var i = 0; i < groups.Count; i++)
            {
                Assert.Null(await process.AdmitAsync(viewers[i], _cycle, _target, AnsweredGroup.AllHidden(groups[i])));
            }
        }

        var depths = new List<int>();
        foreach (var viewer in viewers)
        {
            depths.Add((await StoredSetOfAsync(viewer)).Depth);
        }

        Assert.Equal([.. Enumerable.Range(0, AnsweredGroupSets.MaxDepth + 1), 0, 1, 2], depths);
        using var elsewhere = new Process(fixture);
        for (var i = 0; i < groups.Count; i++)
        {
            Assert.Equal(groups[i], Assert.Single(await elsewhere.AnsweredAsync(viewers[i], _cycle, _target)).Members);
        }
    }

    [Fact]
    public async Task A_second_instance_meeting_a_set_stored_by_the_first_never_builds_on_it_blindly()
    {
        var first = Ids(200);
        var second = new MemberSet([.. first.Members, Guid.NewGuid()]);
        var third = new MemberSet([.. second.Members, Guid.NewGuid()]);
        var viewers = Enumerable.Range(0, 4).Select(_ => Viewer.OfDistrict(Guid.NewGuid())).ToList();
        using var one = new Process(fixture);
        using var other = new Process(fixture);

        Assert.Null(await one.AdmitAsync(viewers[0], _cycle, _target, AnsweredGroup.AllHidden(first)));
        Assert.Null(await one.AdmitAsync(viewers[1], _cycle, _target, AnsweredGroup.AllHidden(second)));
        Assert.Null(await other.AdmitAsync(viewers[2], _cycle, _target, AnsweredGroup.AllHidden(second)));
        Assert.Null(await other.AdmitAsync(viewers[3], _cycle, _target, AnsweredGroup.AllHidden(third)));

        // Every row's depth is the length of its chain of bases in the database.
        foreach (var viewer in viewers)
        {
            var stored = await StoredSetOfAsync(viewer);
            var chain = 0;
            for (var row = stored; row.BaseKey is { } baseKey; chain++)
            {
                row = await fixture.QueryAsync(db => db.AnsweredGroupSets.AsNoTracking().SingleAsync(s => s.SetKey == baseKey));
            }

            Assert.Equal(chain, stored.Depth);
        }

        Assert.Equal(1, (await StoredSetOfAsync(viewers[1])).Depth);
        Assert.Equal(0, (await StoredSetOfAsync(viewers[3])).Depth);
    }

    private async Task<string> SetKeyOfAsync(Viewer viewer) =>
        (await fixture.QueryAsync(db => db.AnsweredGroups.AsNoTracking().SingleAsync(g => g.TargetId == _target && g.ViewerKey == viewer.Key))).SetKey!;

    private async Task<AnsweredGroupSetRow> StoredSetOfAsync(Viewer viewer)
    {
        var key = await SetKeyOfAsync(viewer);
        return await fixture.QueryAsync(db => db.AnsweredGroupSets.AsNoTracking().SingleAsync(s => s.SetKey == key));
    }

    private static MemberSet Ids(int count) => new(Enumerable.Range(0, count).Select(_ => Guid.NewGuid()));

    // One Insights process's view of the store: its own memory of shared sets and answered groups;
    // every call a request of its own, committed as the API commits one.
    private sealed class Process(InsightsServiceFixture fixture) : IDisposable
    {
        private readonly AnsweredGroupSets _sets = new(Options.Create(new InsightsOptions()), TimeProvider.System);
        private readonly AnsweredGroupMemo _memo = new(Options.Create(new InsightsOptions()));

        public Task<Suppression?> AdmitAsync(Viewer viewer, Guid cycle, Guid target, AnsweredGroup group) =>
            RequestAsync(store => new DifferencingGuard(store, Floor).AdmitAsync(viewer, cycle, target, group, TestContext.Current.CancellationToken));

        public Task<IReadOnlyCollection<AnsweredGroup>> AnsweredAsync(Viewer viewer, Guid cycle, Guid target) =>
            RequestAsync(store => store.AnsweredAsync(new AnswerScope(viewer.Key, cycle, target), TestContext.Current.CancellationToken));

        private async Task<T> RequestAsync<T>(Func<PostgresAnsweredGroupStore, Task<T>> request)
        {
            await using var scope = fixture.Service.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<InsightsDbContext>();
            var answer = await request(new PostgresAnsweredGroupStore(db, _memo, _sets, TimeProvider.System));
            await db.CommitRequestAsync(TestContext.Current.CancellationToken);
            return answer;
        }

        public void Dispose() => _memo.Dispose();
    }
}
