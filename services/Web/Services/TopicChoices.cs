using Consortium.Contracts.Topics.V1;

namespace Consortium.Web.Services;

/// <summary>A topic as a select offers it: the topic and the words shown for it.</summary>
public sealed record TopicChoice(Topic Topic, string Label);

/// <summary>
/// Topics offered for choosing across cycles. Topics are carried forward each cycle under the same
/// title, so a title alone can name several topics: such a title is followed by its cycle's name.
/// The most recent cycle comes first, so the current topic is the first one a person reads.
/// </summary>
public static class TopicChoices
{
    /// <summary>Whether the topics come from more than one cycle, so the cycles are worth a call.</summary>
    public static bool SpanCycles(IEnumerable<Topic> topics) => topics.Select(t => t.CycleId).Distinct(StringComparer.Ordinal).Skip(1).Any();

    /// <param name="topics">The topics, in any order.</param>
    /// <param name="cycles">The cycles as ListCycles returns them, newest first; a topic of a cycle not among them comes last.</param>
    public static IReadOnlyList<TopicChoice> From(IEnumerable<Topic> topics, IReadOnlyList<Cycle> cycles)
    {
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cycle in cycles)
        {
            rank.TryAdd(cycle.CycleId, rank.Count);
        }

        var names = cycles.DistinctBy(c => c.CycleId).ToDictionary(c => c.CycleId, c => c.Name, StringComparer.Ordinal);
        var all = topics.ToList();
        var repeated = all.GroupBy(t => t.Title, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return all
            .OrderBy(t => rank.GetValueOrDefault(t.CycleId, int.MaxValue))
            .ThenBy(t => t.Title, StringComparer.CurrentCultureIgnoreCase)
            .Select(t => new TopicChoice(t, repeated.Contains(t.Title) && names.TryGetValue(t.CycleId, out var name) ? $"{t.Title} ({name})" : t.Title))
            .ToList();
    }
}
