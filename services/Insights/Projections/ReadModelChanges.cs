using Consortium.Insights.Data;
using Consortium.Insights.Data.ReadModel;

namespace Consortium.Insights.Projections;

/// <summary>
/// Collects the changes of one consumed event (scoped per message) and moves their cache
/// generations after the commit. A Redis failure is logged, never thrown: the event is applied and
/// must not be redelivered for a cache; answers cached meanwhile still expire by their short TTL,
/// the safety net for exactly this case.
/// </summary>
public sealed partial class ReadModelChanges(CacheGenerations generations, ILogger<ReadModelChanges> logger) : IReadModelChanges
{
    private readonly HashSet<string> _scopes = new(StringComparer.Ordinal);

    // Per changed target, the districts whose values changed; null: the whole target.
    private readonly Dictionary<Guid, HashSet<Guid>?> _targets = [];

    public void TargetChanged(Guid targetId, Guid? districtId = null)
    {
        if (districtId is not { } district)
        {
            _targets[targetId] = null;
        }
        else if (!_targets.TryGetValue(targetId, out var districts))
        {
            _targets[targetId] = [district];
        }
        else
        {
            districts?.Add(district);
        }
    }

    public void TopicChanged(Guid topicId) => _scopes.Add(CacheGenerations.Topic(topicId));

    public void CycleChanged(Guid cycleId) => _scopes.Add(CacheGenerations.Cycle(cycleId));

    public void DistrictsChanged() => _scopes.Add(CacheGenerations.Districts);

    public void PipelineChanged() => _scopes.Add(CacheGenerations.Pipeline);

    /// <summary>
    /// What was recorded, as the row committed with the change (<c>null</c> when nothing was), so a
    /// redelivery of an event whose moves were lost can make them (<see cref="Replay"/>).
    /// </summary>
    public CacheMoveRow? ToRow(Guid eventId, string consumer, DateTimeOffset now) =>
        _scopes.Count == 0 && _targets.Count == 0
            ? null
            : new CacheMoveRow { EventId = eventId, Consumer = consumer, Scopes = [.. _scopes], TargetIds = [.. _targets.Keys], RecordedAt = now };

    /// <summary>Records the moves of an earlier application again; its targets as whole targets (which districts is not kept).</summary>
    public void Replay(CacheMoveRow row)
    {
        _scopes.UnionWith(row.Scopes);
        foreach (var targetId in row.TargetIds)
        {
            TargetChanged(targetId);
        }
    }

    /// <summary>Call after the transaction committed.</summary>
    public async Task PublishAsync()
    {
        if (_scopes.Count == 0 && _targets.Count == 0)
        {
            return;
        }

        string[] scopes = [.. _scopes];
        var targets = _targets.ToDictionary(pair => pair.Key, pair => (IReadOnlySet<Guid>?)pair.Value);
        Discard();
        try
        {
            await generations.BumpAsync(scopes, targets);
        }
        catch (Exception exception) when (exception is StackExchange.Redis.RedisException or TimeoutException)
        {
            LogBumpFailed(logger, exception, string.Join(", ", scopes.Concat(targets.Keys.Select(CacheGenerations.Target))));
        }
    }

    /// <summary>Forgets what was recorded (the transaction rolled back).</summary>
    public void Discard()
    {
        _scopes.Clear();
        _targets.Clear();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not move the cache generations of {Scopes}; cached answers stay until their TTL")]
    private static partial void LogBumpFailed(ILogger logger, Exception exception, string scopes);
}
