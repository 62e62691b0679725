using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Consortium.Insights.Data;
using Consortium.Insights.Data.ReadModel;
using Consortium.Insights.Domain.Confidentiality;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Insights.Api;

/// <summary>
/// The differencing guard's memory in <c>answered_groups</c>. Check and record must not
/// interleave for one scope, or two concurrent requests could each pass against the state before
/// the other: reading takes a transaction-level advisory lock on the scope, held until the
/// request's transaction ends (after the record and the audit are committed). Taking the lock
/// opens the request's transaction (<see cref="RequestTransaction"/>) if it is not open yet.
/// </summary>
internal sealed class PostgresAnsweredGroupStore(InsightsDbContext db, AnsweredGroupMemo memo, TimeProvider time) : IAnsweredGroupStore
{
    // What this request read of a scope while holding its lock (the store lives as long as the request).
    private readonly Dictionary<AnswerScope, IReadOnlyCollection<AnsweredGroup>> _readUnderLock = [];

    public async Task<bool> HasAnsweredAsync(AnswerScope scope, MemberSet group, CancellationToken cancellationToken)
    {
        // A recorded group stays recorded: the answer cannot change, so no lock is needed for it.
        if (memo.Contains(scope, group))
        {
            return true;
        }

        await LockAsync(scope, cancellationToken);
        var key = group.Key;
        var answered = await db.AnsweredGroups.AnyAsync(
            g => g.ViewerKey == scope.ViewerKey && g.CycleId == scope.CycleId && g.TargetId == scope.TargetId && g.GroupKey == key,
            cancellationToken);
        if (answered)
        {
            memo.Remember(scope, group);
        }

        return answered;
    }

    public async Task<IReadOnlyCollection<AnsweredGroup>> AnsweredAsync(AnswerScope scope, CancellationToken cancellationToken)
    {
        await LockAsync(scope, cancellationToken);

        // Under the scope's lock nobody else records in it until this request ends, so a second
        // look (the guard's refusal, then the earlier group to show instead) needs no second read
        // of every member of every group (about 300 KB a group at 13,000 districts).
        if (_readUnderLock.TryGetValue(scope, out var read))
        {
            return read;
        }

        var groups = await db.AnsweredGroups.AsNoTracking()
            .Where(g => g.ViewerKey == scope.ViewerKey && g.CycleId == scope.CycleId && g.TargetId == scope.TargetId)
            .Select(g => new { g.Members, g.Known })
            .ToListAsync(cancellationToken);
        return _readUnderLock[scope] = [.. groups.Select(g => new AnsweredGroup(new MemberSet(g.Members), g.Known.ToHashSet()))];
    }

    public async Task RecordAsync(AnswerScope scope, AnsweredGroup group, CancellationToken cancellationToken)
    {
        _readUnderLock.Remove(scope);
        db.AnsweredGroups.Add(new AnsweredGroupRow
        {
            ViewerKey = scope.ViewerKey,
            CycleId = scope.CycleId,
            TargetId = scope.TargetId,
            GroupKey = group.Members.Key,
            Members = [.. group.Members.Members],
            Known = [.. group.Known.Order()],
            RecordedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    // Held until the request's transaction ends; taking it again in the same transaction is a no-op.
    private async Task LockAsync(AnswerScope scope, CancellationToken cancellationToken)
    {
        await db.EnsureOpenAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey(scope)})", cancellationToken);
    }

    // 64 bits of SHA-256 of the scope: collisions only make two scopes wait for each other.
    private static long LockKey(AnswerScope scope) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"answered-groups|{scope.ViewerKey}|{scope.CycleId}|{scope.TargetId}")));
}
