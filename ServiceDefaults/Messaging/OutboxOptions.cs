namespace Consortium.ServiceDefaults.Messaging;

/// <summary>Tuning of the outbox dispatcher and housekeeping (configuration section <c>Messaging:Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Messaging:Outbox";

    /// <summary>How often to look for events when nothing signalled new ones (a safety net; commits signal at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Events taken per round trip.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How long one publish may wait for the broker's confirmation before it counts as failed.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Delay before the first retry; it doubles per failed attempt up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// The longest wait between attempts. Short, because events written during a broker outage must
    /// flow within seconds of its return; an attempt against a down broker costs one failed publish.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long sent events are kept (for diagnosis) before housekeeping deletes them.</summary>
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long the inbox remembers processed message ids: the duplicate-detection window. Longer
    /// than any redelivery the broker or an operator's replay could cause.
    /// </summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan HousekeepingInterval { get; set; } = TimeSpan.FromHours(1);
}
