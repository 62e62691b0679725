using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Consortium.Insights.Data;
using Consortium.Insights.Data.ReadModel;
using Consortium.Insights.Domain.Confidentiality;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
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
    // The scopes this request holds the lock of (the store lives as long as the request): nobody
    // else records in them until it ends, so what was read under the lock, plus what this request
    // recorded since, is the scope's state for the rest of the request.
    private readonly Dictionary<AnswerScope, LockedScope> _locked = [];

    public async Task<bool> HasAnsweredAsync(AnswerScope scope, MemberSet group, CancellationToken cancellationToken)
    {
        // A recorded group stays recorded: the answer cannot change, so no lock is needed for it.
        if (memo.Contains(scope, group))
        {
            return true;
        }

        var key = group.Key;
        var stored = (await LockAsync(scope, cancellationToken)).Rows.Find(row => row.GroupKey == key);
        if (stored is { Committed: true })
        {
            memo.Remember(scope, group);
        }

        return stored is not null;
    }

    public async Task<IReadOnlyCollection<AnsweredGroup>> AnsweredAsync(AnswerScope scope, CancellationToken cancellationToken)
    {
        var locked = await LockAsync(scope, cancellationToken);
        return locked.Groups ??= await GroupsOfAsync(locked.Rows, cancellationToken);
    }

    public async Task RecordAsync(AnswerScope scope, AnsweredGroup group, CancellationToken cancellationToken)
    {
        var locked = await LockAsync(scope, cancellationToken);
        var setKey = AnsweredGroupSets.KeyOf(group);
        await EnsureSharedSetAsync(scope.TargetId, setKey, group, cancellationToken);

        // Saved with the request's audit row when it commits (RequestTransaction): one round trip for both.
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
        locked.Rows.Add(new StoredGroup(group.Members.Key, setKey, group.Own, [], [], Committed: false));
        if (locked.Groups is { } groups)
        {
            locked.Groups = [.. groups, group];
        }
    }

    private async Task<IReadOnlyCollection<AnsweredGroup>> GroupsOfAsync(List<StoredGroup> rows, CancellationToken cancellationToken)
    {
        var shared = await SharedSetsAsync([.. rows.Where(r => r.SetKey is not null).Select(r => r.SetKey!).Distinct()], cancellationToken);
        return
        [
            .. rows.Select(r => r.SetKey is { } key
                ? new AnsweredGroup(shared[key].Members, shared[key].Shown, r.Own)
                : new AnsweredGroup(new MemberSet(r.Members), new MemberSet(r.Known), null)),
        ];
    }

    // The shared parts named, from this process's copies where it has them and queries for the
    // rest: one for the sets named, one more per level of bases not held here (at most
    // AnsweredGroupSets.MaxDepth; usually none, a base being a set this process stored or read).
    private async Task<Dictionary<string, AnsweredGroupSets.SharedSet>> SharedSetsAsync(string[] keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, AnsweredGroupSets.SharedSet>(keys.Length);
        var read = new Dictionary<string, AnsweredGroupSetRow>();
        string[] missing = [.. keys.Where(key => !Held(key))];
        for (var level = 0; missing.Length > 0; level++)
        {
            if (level > AnsweredGroupSets.MaxDepth)
            {
                throw new InvalidOperationException($"An answered group's shared set is stored more than {AnsweredGroupSets.MaxDepth} changes from a whole one.");
            }

            foreach (var row in await db.AnsweredGroupSets.AsNoTracking().Where(s => missing.Contains(s.SetKey)).ToListAsync(cancellationToken))
            {
                read[row.SetKey] = row;
            }

            missing = [.. read.Values.Select(row => row.BaseKey).OfType<string>().Distinct().Where(key => !read.ContainsKey(key) && !Held(key))];
        }

        foreach (var key in keys)
        {
            _ = Materialize(key);
        }

        return found;

        // A set held here is copied at once: the process may let it go before it is used.
        bool Held(string key)
        {
            if (found.ContainsKey(key))
            {
                return true;
            }

            if (!sets.TryGet(key, out var set))
            {
                return false;
            }

            found[key] = set;
            return true;
        }

        AnsweredGroupSets.SharedSet Materialize(string key)
        {
            if (found.TryGetValue(key, out var set))
            {
                return set;
            }

            var row = read[key];
            set = row.BaseKey is { } baseKey
                ? new AnsweredGroupSets.SetChange(baseKey, row.Depth, new(row.MembersAdded, row.MembersRemoved), new(row.ShownAdded, row.ShownRemoved)).ApplyTo(Materialize(baseKey))
                : new AnsweredGroupSets.SharedSet(new MemberSet(row.Members), new MemberSet(row.Shown));
            sets.Remember(key, set);
            return found[key] = set;
        }
    }

    // Committed on a connection of its own, not in the request's transaction: a set is named by
    // its content and never changes, so it may stand whatever becomes of the request (left
    // unreferenced, it is only unused), it is known committed at once, and requests recording the
    // same new group never wait on each other's transactions (nor deadlock recording two). Its
    // base, when it is stored as a change, is a set this process's own write committed before.
    // Says whether this write stored the set (not when it was stored already).
    private Task EnsureSharedSetAsync(Guid targetId, string setKey, AnsweredGroup group, CancellationToken cancellationToken) =>
        sets.EnsureStoredAsync(targetId, setKey, new AnsweredGroupSets.SharedSet(group.Members, group.Shown), async change =>
        {
            await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand(
                "INSERT INTO answered_group_sets (set_key, members, shown, recorded_at, base_key, depth, members_added, members_removed, shown_added, shown_removed) "
                + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (set_key) DO NOTHING",
                connection)
            {
                Parameters =
                {
                    new() { Value = setKey },
                    new() { Value = change is null ? group.Members.Members.ToArray() : Array.Empty<Guid>() },
                    new() { Value = change is null ? group.Shown.Members.ToArray() : Array.Empty<Guid>() },
                    new() { Value = time.GetUtcNow() },
                    new() { Value = (object?)change?.BaseKey ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Varchar },
                    new() { Value = change?.Depth ?? 0 },
                    new() { Value = change?.Members.Added ?? [] },
                    new() { Value = change?.Members.Removed ?? [] },
                    new() { Value = change?.Shown.Added ?? [] },
                    new() { Value = change?.Shown.Removed ?? [] },
                },
            };
            return await insert.ExecuteNonQueryAsync() == 1;
        }, cancellationToken);

    // Takes the scope's lock (held until the request's transaction ends) and reads the scope's
    // rows in the same round trip: a batch of two statements, the second with a snapshot taken
    // after the first returned, so it sees every row committed by whoever held the lock before.
    private async Task<LockedScope> LockAsync(AnswerScope scope, CancellationToken cancellationToken)
    {
        if (_locked.TryGetValue(scope, out var locked))
        {
            return locked;
        }

        await db.EnsureOpenAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(
            (NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)db.Database.CurrentTransaction!.GetDbTransaction())
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock($1)") { Parameters = { new() { Value = LockKey(scope) } } },
                new NpgsqlBatchCommand("SELECT group_key, set_key, own, members, known FROM answered_groups WHERE viewer_key = $1 AND cycle_id = $2 AND target_id = $3")
                {
                    Parameters = { new() { Value = scope.ViewerKey }, new() { Value = scope.CycleId }, new() { Value = scope.TargetId } },
                },
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        var rows = new List<StoredGroup>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new StoredGroup(
                reader.GetString(0),
                await reader.IsDBNullAsync(1, cancellationToken) ? null : reader.GetString(1),
                await reader.IsDBNullAsync(2, cancellationToken) ? null : reader.GetGuid(2),
                reader.GetFieldValue<Guid[]>(3),
                reader.GetFieldValue<Guid[]>(4),
                Committed: true));
        }

        return _locked[scope] = new LockedScope(rows);
    }

    // 64 bits of SHA-256 of the scope: collisions only make two scopes wait for each other.
    private static long LockKey(AnswerScope scope) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"answered-groups|{scope.ViewerKey}|{scope.CycleId}|{scope.TargetId}")));

    // A row of answered_groups; Members and Known only on rows from before ADR 31.
    private sealed record StoredGroup(string GroupKey, string? SetKey, Guid? Own, Guid[] Members, Guid[] Known, bool Committed);

    private sealed class LockedScope(List<StoredGroup> rows)
    {
        public List<StoredGroup> Rows { get; } = rows;

        public IReadOnlyCollection<AnsweredGroup>? Groups { get; set; }
    }
}
