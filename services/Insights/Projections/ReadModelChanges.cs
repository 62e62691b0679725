using Consortium.Insights.Data;

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

    /// <summary>The scopes recorded and not yet published.</summary>
    public IReadOnlyCollection<string> Pending => _scopes;

    public void TargetChanged(Guid targetId) => _scopes.Add(CacheGenerations.Target(targetId));

    public void TopicChanged(Guid topicId) => _scopes.Add(CacheGenerations.Topic(topicId));

    public void CycleChanged(Guid cycleId) => _scopes.Add(CacheGenerations.Cycle(cycleId));

    public void DistrictsChanged() => _scopes.Add(CacheGenerations.Districts);

    public void PipelineChanged() => _scopes.Add(CacheGenerations.Pipeline);

    /// <summary>Call after the transaction committed.</summary>
    public async Task PublishAsync()
    {
        if (_scopes.Count == 0)
        {
            return;
        }

        string[] scopes = [.. _scopes];
        _scopes.Clear();
        try
        {
            await generations.BumpAsync(scopes);
        }
        catch (Exception exception) when (exception is StackExchange.Redis.RedisException or TimeoutException)
        {
            LogBumpFailed(logger, exception, string.Join(", ", scopes));
        }
    }

    /// <summary>Forgets what was recorded (the transaction rolled back).</summary>
    public void Discard() => _scopes.Clear();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not move the cache generations of {Scopes}; cached answers stay until their TTL")]
    private static partial void LogBumpFailed(ILogger logger, Exception exception, string scopes);
}
