using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Consortium.Insights.Data;
using Consortium.Insights.Data.ReadModel;
using Consortium.Insights.Domain.Confidentiality;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Consortium.Insights.Api;

/// <summary>
/// The differencing guard's memory in <c>answered_groups</c>. Check and record must not
/// interleave for one scope, or two concurrent requests could each pass against the state before
/// the other: reading takes a transaction-level advisory lock on the scope, held until the
/// request's transaction ends (after the record and the audit are committed). Taking the lock
/// opens the request's transaction (<see cref="RequestTransaction"/>) if it is not open yet. What
/// every viewer of a group shares is stored once (<c>answered_group_sets</c>, ADR 31): a viewer's
/// record is a key and its own value, where it was every member's id (some 300 KB at 13,000).
/// </summary>
internal sealed class PostgresAnsweredGroupStore(InsightsDbContext db, AnsweredGroupMemo memo, AnsweredGroupSets sets, TimeProvider time) : IAnsweredGroupStore
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

        var rows = await db.AnsweredGroups.AsNoTracking()
            .Where(g => g.ViewerKey == scope.ViewerKey && g.CycleId == scope.CycleId && g.TargetId == scope.TargetId)
            .Select(g => new { g.SetKey, g.Own, g.Members, g.Known })
            .ToListAsync(cancellationToken);
        var shared = await SharedSetsAsync([.. rows.Where(r => r.SetKey is not null).Select(r => r.SetKey!).Distinct()], cancellationToken);
        return _readUnderLock[scope] =
        [
            .. rows.Select(r => r.SetKey is { } key
                ? new AnsweredGroup(shared[key].Members, shared[key].Shown, r.Own)
                : new AnsweredGroup(new MemberSet(r.Members), new MemberSet(r.Known), null)),
        ];
    }

    public async Task RecordAsync(AnswerScope scope, AnsweredGroup group, CancellationToken cancellationToken)
    {
        var setKey = AnsweredGroupSets.KeyOf(group);
        await EnsureSharedSetAsync(setKey, group, cancellationToken);
        db.AnsweredGroups.Add(new AnsweredGroupRow
        {
            ViewerKey = scope.ViewerKey,
            CycleId = scope.CycleId,
            TargetId = scope.TargetId,
            GroupKey = group.Members.Key,
            SetKey = setKey,
            Own = group.Own,
            RecordedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);

        // Still under the scope's lock: what was read plus this group is the scope's state.
        if (_readUnderLock.TryGetValue(scope, out var read))
        {
            _readUnderLock[scope] = [.. read, group];
        }
    }

    // The shared parts named, from this process's copies where it has them and one query for the rest.
    private async Task<Dictionary<string, AnsweredGroupSets.SharedSet>> SharedSetsAsync(string[] keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, AnsweredGroupSets.SharedSet>(keys.Length);
        foreach (var key in keys)
        {
            if (sets.TryGet(key, out var set))
            {
                found[key] = set;
            }
        }

        string[] missing = [.. keys.Where(key => !found.ContainsKey(key))];
        if (missing.Length == 0)
        {
            return found;
        }

        var read = await db.AnsweredGroupSets.AsNoTracking()
            .Where(s => missing.Contains(s.SetKey))
            .Select(s => new { s.SetKey, s.Members, s.Shown })
            .ToListAsync(cancellationToken);
        foreach (var row in read)
        {
            var set = new AnsweredGroupSets.SharedSet(new MemberSet(row.Members), new MemberSet(row.Shown));
            sets.Remember(row.SetKey, set);
            found[row.SetKey] = set;
        }

        return found;
    }

    // Committed on a connection of its own, not in the request's transaction: a set is named by
    // its content and never changes, so it may stand whatever becomes of the request (left
    // unreferenced, it is only unused), it is known committed at once, and requests recording the
    // same new group never wait on each other's transactions (nor deadlock recording two).
    private async Task EnsureSharedSetAsync(string setKey, AnsweredGroup group, CancellationToken cancellationToken)
    {
        if (sets.TryGet(setKey, out _))
        {
            return;
        }

        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using var insert = new NpgsqlCommand(
            "INSERT INTO answered_group_sets (set_key, members, shown, recorded_at) VALUES ($1, $2, $3, $4) ON CONFLICT (set_key) DO NOTHING",
            connection)
        {
            Parameters =
            {
                new() { Value = setKey },
                new() { Value = group.Members.Members.ToArray() },
                new() { Value = group.Shown.Members.ToArray() },
                new() { Value = time.GetUtcNow() },
            },
        };
        await insert.ExecuteNonQueryAsync(cancellationToken);
        sets.Remember(setKey, new AnsweredGroupSets.SharedSet(group.Members, group.Shown));
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
