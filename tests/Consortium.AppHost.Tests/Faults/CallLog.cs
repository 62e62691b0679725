using System.Collections.Concurrent;
using Grpc.Core;

namespace Consortium.AppHost.Tests.Faults;

/// <summary>Whether a call changed something (a write) or only asked (a read).</summary>
internal enum CallKind
{
    Write,
    Read,
}

/// <summary>One call the load made: what, when it started and ended, and the status it got.</summary>
internal sealed record CallRecord(CallKind Kind, string Name, DateTimeOffset Started, DateTimeOffset Ended, StatusCode Status, string Detail)
{
    public bool Failed => Status != StatusCode.OK;
}

/// <summary>Every call of the load, in the order they ended; read per fault by time window.</summary>
internal sealed class CallLog
{
    private readonly ConcurrentQueue<CallRecord> _records = new();

    public void Add(CallRecord record) => _records.Enqueue(record);

    public IReadOnlyList<CallRecord> Between(DateTimeOffset from, DateTimeOffset to) =>
        [.. _records.Where(record => record.Started >= from && record.Started < to)];

    /// <summary>Whether every kind of call in <paramref name="names"/> has succeeded since <paramref name="since"/>.</summary>
    public bool AllSucceededSince(IEnumerable<string> names, DateTimeOffset since)
    {
        var succeeded = _records.Where(record => record.Started >= since && !record.Failed).Select(record => record.Name).ToHashSet(StringComparer.Ordinal);
        return names.All(succeeded.Contains);
    }

    /// <summary>When the last of <paramref name="names"/> first succeeded after <paramref name="since"/>.</summary>
    public DateTimeOffset ServedAgainAt(IEnumerable<string> names, DateTimeOffset since) =>
        names.Max(name => _records.Where(record => record.Name == name && record.Started >= since && !record.Failed).Min(record => record.Ended));
}
