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
