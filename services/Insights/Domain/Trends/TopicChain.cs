namespace Consortium.Insights.Domain.Trends;

/// <summary>A topic and the topic it was carried forward from, if any.</summary>
public sealed record TopicLink(Guid TopicId, Guid? CarriedFromTopicId);

/// <summary>
/// The topics that are "the same topic" across cycles: every topic reachable from a start by
/// following carried-forward links in either direction. Backwards alone would miss later cycles
/// when the trend is asked from an old topic; a topic carried into two new ones keeps both.
/// </summary>
public static class TopicChain
{
    public static IReadOnlySet<Guid> Of(Guid start, IEnumerable<TopicLink> links)
    {
        var all = links.ToList();
        var forward = all.Where(l => l.CarriedFromTopicId is not null).ToLookup(l => l.CarriedFromTopicId!.Value, l => l.TopicId);
        var backward = all.Where(l => l.CarriedFromTopicId is not null).ToDictionary(l => l.TopicId, l => l.CarriedFromTopicId!.Value);

        var chain = new HashSet<Guid> { start };
        var pending = new Stack<Guid>([start]);
        while (pending.TryPop(out var topic))
        {
            var neighbours = forward[topic].Concat(backward.TryGetValue(topic, out var from) ? [from] : []);
            foreach (var next in neighbours)
            {
                if (chain.Add(next))
                {
                    pending.Push(next);
                }
            }
        }

        return chain;
    }
}
