namespace Consortium.Submissions.Domain;

/// <summary>
/// Our copy of a topic from Topics' events: the frozen target definitions we validate values
/// against and the kinds it invites. A topic is published once and retired at most once, and
/// retirement wins: a <c>TopicRetired</c> that overtakes its <c>TopicPublished</c> leaves the
/// topic retired (with its definitions filled in when they arrive).
/// </summary>
public sealed class KnownTopic
{
    private KnownTopic()
    {
        Title = string.Empty;
        BenchmarkKinds = [];
        Targets = [];
    }

    public KnownTopic(Guid id, Guid cycleId)
        : this()
    {
        Id = id;
        CycleId = cycleId;
    }

    public Guid Id { get; private set; }

    public Guid CycleId { get; private set; }

    public string Title { get; private set; }

    public IReadOnlyList<BenchmarkKind> BenchmarkKinds { get; private set; }

    /// <summary>In the topic's order.</summary>
    public IReadOnlyList<TargetDefinition> Targets { get; private set; }

    /// <summary>Whether its <c>TopicPublished</c> has arrived (definitions known).</summary>
    public bool IsPublished { get; private set; }

    public bool IsRetired { get; private set; }

    /// <summary>Bumped by every applied change; a concurrency token.</summary>
    public int Revision { get; private set; }

    /// <summary>Open for submissions: published and not retired.</summary>
    public bool IsOpen => IsPublished && !IsRetired;

    /// <summary>Takes the published definitions; a repeated publication changes nothing, definitions are frozen.</summary>
    public void ApplyPublished(string title, IReadOnlyList<BenchmarkKind> kinds, IReadOnlyList<TargetDefinition> targets)
    {
        if (IsPublished)
        {
            return;
        }

        Title = title;
        BenchmarkKinds = kinds;
        Targets = targets;
        IsPublished = true;
        Revision++;
    }

    public void ApplyRetired()
    {
        if (!IsRetired)
        {
            IsRetired = true;
            Revision++;
        }
    }
}
