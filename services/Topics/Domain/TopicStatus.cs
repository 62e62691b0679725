namespace Consortium.Topics.Domain;

/// <summary>Where a topic is in its life: Draft → Published → Retired.</summary>
public enum TopicStatus
{
    /// <summary>Being written by staff; only staff see it; its targets may change.</summary>
    Draft = 1,

    /// <summary>Open for submissions; its definitions are frozen.</summary>
    Published = 2,

    /// <summary>No new submissions; the definitions and existing submissions stay readable.</summary>
    Retired = 3,
}
