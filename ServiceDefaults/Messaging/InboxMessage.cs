namespace Consortium.ServiceDefaults.Messaging;

/// <summary>
/// Records that a consumer applied a message, in the same transaction as the effect, so a
/// redelivered message is recognised and has no second effect.
/// </summary>
public sealed class InboxMessage
{
    private InboxMessage()
    {
        Consumer = string.Empty;
    }

    public Guid MessageId { get; private set; }

    /// <summary>The consumer that applied it: one message may be consumed by several consumers of a service.</summary>
    public string Consumer { get; private set; }

    public DateTimeOffset ProcessedAt { get; private set; }
}
