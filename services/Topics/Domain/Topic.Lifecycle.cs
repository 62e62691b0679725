using Consortium.ServiceDefaults.Domain;

namespace Consortium.Topics.Domain;

/// <summary>
/// The topic's lifecycle: Draft → Published → Retired, and carrying a published topic into a
/// later cycle as a new draft with the same target codes.
/// </summary>
public sealed partial class Topic
{
    /// <summary>Rule code for changing a topic that is no longer a draft.</summary>
    public const string FrozenRule = "TOPIC_FROZEN";

    /// <summary>Rule code for a status change the lifecycle forbids.</summary>
    public const string TransitionRule = "TOPIC_TRANSITION";

    /// <summary>Rule code for publishing a topic without targets.</summary>
    public const string NoTargetsRule = "TOPIC_HAS_NO_TARGETS";

    /// <summary>Rule code for adding or publishing a topic in a cycle whose window has closed.</summary>
    public const string CycleNotAcceptingRule = "CYCLE_NOT_ACCEPTING_TOPICS";

    /// <summary>Rule code for carrying a topic into a cycle that is not later than its own, or carrying a draft.</summary>
    public const string CarryForwardRule = "CARRY_FORWARD_NOT_ALLOWED";

    /// <summary>Publishes the draft: needs a target and a cycle still planning or open; freezes the definitions.</summary>
    public void Publish(Cycle cycle, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        if (Status != TopicStatus.Draft)
        {
            throw new RuleViolationException(Subject, TransitionRule, $"\"{Title}\" is already {Status.ToString().ToLowerInvariant()}; only a draft can be published.");
        }

        if (_targets.Count == 0)
        {
            throw new RuleViolationException(Subject, NoTargetsRule, $"\"{Title}\" has no targets yet; add at least one before publishing it.");
        }

        RequireAcceptsTopics(cycle, Subject, "publish a topic in it");
        Status = TopicStatus.Published;
        PublishedAt = now;
        Touch(now);
    }

    /// <summary>Retires a published topic: no new submissions, everything stays readable.</summary>
    public void Retire(DateTimeOffset now)
    {
        if (Status != TopicStatus.Published)
        {
            throw new RuleViolationException(Subject, TransitionRule, Status == TopicStatus.Draft
                ? $"\"{Title}\" is a draft that was never published, so there is nothing to retire."
                : $"\"{Title}\" is already retired.");
        }

        Status = TopicStatus.Retired;
        RetiredAt = now;
        Touch(now);
    }

    /// <summary>
    /// Copies this published (or retired) topic into <paramref name="laterCycle"/> as a new draft:
    /// new topic and target ids, the same codes and definitions, and a link to this topic.
    /// </summary>
    public Topic CarryForward(Cycle ownCycle, Cycle laterCycle, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ownCycle);
        ArgumentNullException.ThrowIfNull(laterCycle);
        if (Status == TopicStatus.Draft)
        {
            throw new RuleViolationException(Subject, CarryForwardRule, $"\"{Title}\" is still a draft; only a published topic has definitions worth carrying forward.");
        }

        if (!laterCycle.IsLaterThan(ownCycle))
        {
            throw new RuleViolationException(Subject, CarryForwardRule, $"Cycle {laterCycle.Label} is not later than this topic's cycle {ownCycle.Label}; topics are carried forward in time.");
        }

        var copy = Create(
            laterCycle,
            new TopicDetails(Title, Description, FocusArea, BenchmarkKinds, WhyItMatters),
            [.. _targets.Select(target => target.ToDefinition())],
            now);
        copy.CarriedFromTopicId = Id;
        return copy;
    }

    private void RequireDraft(string action)
    {
        if (Status != TopicStatus.Draft)
        {
            throw new RuleViolationException(Subject, FrozenRule,
                $"\"{Title}\" is {Status.ToString().ToLowerInvariant()}, so its definitions are frozen and you cannot {action}. Carry it forward into a later cycle to change it there.");
        }
    }

    private static void RequireAcceptsTopics(Cycle cycle, string subject, string action)
    {
        if (!cycle.AcceptsTopics)
        {
            throw new RuleViolationException(subject, CycleNotAcceptingRule,
                $"Cycle {cycle.Label} is {Cycle.Describe(cycle.Status)}; you can only {action} while it is being planned or open.");
        }
    }
}
